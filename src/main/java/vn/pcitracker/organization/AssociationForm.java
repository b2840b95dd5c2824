package vn.pcitracker.organization;

/** What an administrator enters for an association; the limits match the columns of {@code association}. */
public record AssociationForm(String code, String nameVi, String nameEn, String taxCode, String sector,
                              String contactName, String contactPhone, String contactEmail) {

    public static final int CODE_MAX = 40;
    public static final int NAME_MAX = 255;
    public static final int SECTOR_MAX = 120;
    public static final int CONTACT_NAME_MAX = 120;
    public static final int CONTACT_PHONE_MAX = 30;
    public static final int CONTACT_EMAIL_MAX = 254;
}
