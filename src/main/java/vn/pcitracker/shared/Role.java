package vn.pcitracker.shared;

/**
 * The roles of the product. {@link Names} holds the same names as constants for access annotations
 * ({@code @RolesAllowed(Role.Names.ADMIN)}, {@code @PreAuthorize(Role.Names.HAS_ADMIN)}).
 */
public enum Role {
    ADMIN,
    INVESTMENT_OFFICER,
    AGENCY_OFFICER,
    ASSOCIATION_REP,
    LEADER;

    public String authority() {
        return "ROLE_" + name();
    }

    /** Compile-time constants for annotations; a test keeps them equal to the enum. */
    public static final class Names {
        public static final String ADMIN = "ADMIN";
        public static final String INVESTMENT_OFFICER = "INVESTMENT_OFFICER";
        public static final String AGENCY_OFFICER = "AGENCY_OFFICER";
        public static final String ASSOCIATION_REP = "ASSOCIATION_REP";
        public static final String LEADER = "LEADER";

        public static final String HAS_ADMIN = "hasRole('ADMIN')";
        public static final String IS_AUTHENTICATED = "isAuthenticated()";

        private Names() {
        }
    }
}
