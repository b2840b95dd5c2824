package vn.pcitracker.organization;

/** What an officer enters for an enterprise; the limits match the columns of {@code enterprise}. */
public record EnterpriseForm(String taxCode, String name, String sector, String address, String contactName,
                             String contactPhone, String contactEmail) {

    public static final int NAME_MAX = 255;
    public static final int SECTOR_MAX = AssociationForm.SECTOR_MAX;
    public static final int ADDRESS_MAX = 500;
    public static final int CONTACT_NAME_MAX = AssociationForm.CONTACT_NAME_MAX;
    public static final int CONTACT_PHONE_MAX = AssociationForm.CONTACT_PHONE_MAX;
    public static final int CONTACT_EMAIL_MAX = AssociationForm.CONTACT_EMAIL_MAX;
}
