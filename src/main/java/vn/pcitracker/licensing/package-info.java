/**
 * Conditional business lines (ngành, nghề đầu tư kinh doanh có điều kiện) versioned by legal basis (Investment
 * Law 2020 Appendix IV, Law 90/2025, the Investment Law effective 1 March 2026), and the licensing procedures that
 * serve them with statutory and the province's reduced days. Owns the tables {@code legal_basis},
 * {@code conditional_line}, {@code licensing_procedure} and {@code licensing_procedure_line}. Lines are imported
 * from CSV all or nothing. Uses organization, referencedata and shared.
 */
@ApplicationModule
package vn.pcitracker.licensing;

import org.springframework.modulith.ApplicationModule;
