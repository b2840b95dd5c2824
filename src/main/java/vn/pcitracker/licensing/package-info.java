/**
 * Conditional business lines (ngành, nghề đầu tư kinh doanh có điều kiện) versioned by legal basis (Investment
 * Law 2020 Appendix IV, Law 90/2025, the Investment Law effective 1 March 2026), and the licensing procedures that
 * serve them with statutory and the province's reduced days. Owns the tables {@code legal_basis},
 * {@code conditional_line}, {@code licensing_procedure} and {@code licensing_procedure_line}. Lines are imported
 * from Excel or CSV all or nothing, through the shared import wizard.
 * <p>
 * Sub-package {@code bottleneck}: the register of licensing bottlenecks (điểm nghẽn), tables {@code bottleneck*}
 * (V71): a procedure and the versioned line row it was recorded under, causes, dated evidence, DDCI components, a
 * proposed fix, its own workflow ({@code BottleneckWorkflow}) with a full history, who may see and do what, the
 * register query, figures per agency and per line with days saved, and links to recommendations. It offers the
 * recommendation page a "related bottlenecks" section through {@link vn.pcitracker.issue.IssueRelatedRecords}.
 * It also offers emulation commitments two live criteria read from the register's evidence (median days and
 * on-time files of an agency's licence files, {@code LicensingLiveSources}) as {@link vn.pcitracker.commitment.LiveSource}
 * beans.
 * <p>
 * Uses organization, indicator (DDCI components), issue (recommendations, read through its public service),
 * security, referencedata, commitment (only its {@code LiveSource} interface) and shared; neither issue nor
 * commitment uses licensing.
 */
@ApplicationModule
package vn.pcitracker.licensing;

import org.springframework.modulith.ApplicationModule;
