/**
 * PCI and DDCI as data: owns the ten PCI sub-indices, the PCI editions (one per year) with their sub-index
 * weights, provinces' published PCI results (composite, rank and sub-index scores, each with its source), the
 * DDCI component catalogues per unit level and their mapping to PCI sub-indices (a working assumption that an
 * administrator may edit), and {@link vn.pcitracker.indicator.PciComposite}, the pure calculator that recomputes
 * a composite from sub-index scores and an edition's weights; the province's PCI goals per year
 * ({@code PciGoalService}); administrators' entry of official weights ({@code PciEditionService}); the import of
 * other provinces' published results from Excel or CSV ({@code PciResultImportService}); and the what-if calculator
 * ({@link vn.pcitracker.indicator.PciWhatIf}, {@code PciWhatIfService}); official DDCI results per catalogue, year
 * and unit, imported from Excel or CSV with a preview ({@code DdciResultService}; units matched to the organization's agencies).
 * Other modules use these services and the records beside them. Uses shared, referencedata (its CSV files are under
 * {@code data/reference/}), organization (agencies as DDCI units) and security (an agency officer sees their own
 * unit's results).
 */
@ApplicationModule
package vn.pcitracker.indicator;

import org.springframework.modulith.ApplicationModule;
