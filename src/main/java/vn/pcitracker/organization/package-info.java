/**
 * Who takes part: agencies (departments, boards, wards, communes, special zones, former districts and
 * central ministries) with their validity periods and successors, business associations and
 * enterprises. Owns the tables {@code agency}, {@code agency_successor}, {@code association} and
 * {@code enterprise} and their reference and demo data. Other modules refer to these records by id and
 * read them through {@link vn.pcitracker.organization.AgencyService},
 * {@link vn.pcitracker.organization.AssociationService} and
 * {@link vn.pcitracker.organization.EnterpriseService}; reports that must survive reorganisations use
 * {@link vn.pcitracker.organization.AgencyService#rollUpTarget(long, java.time.LocalDate)} instead of
 * rewriting history. All three registers are also imported from Excel or CSV (upsert by code or tax code, all
 * rows or none) through the same rules as their forms ({@code RegisterImport}). Uses only the shared and
 * referencedata modules.
 */
@ApplicationModule
package vn.pcitracker.organization;

import org.springframework.modulith.ApplicationModule;
