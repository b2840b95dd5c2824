/**
 * Emulation commitments (giao ước thi đua): a commitment signed by an agency's leadership with its divisions or
 * with a group of agencies, its weighted criteria (manual, or computed live from the product's own data through
 * {@link vn.pcitracker.commitment.LiveSource} beans), the quarterly check-ins with their evidence, the score
 * ({@link vn.pcitracker.commitment.CommitmentScoring}) and the flags that warn a reviewer of gaming. Commitments are
 * retired, never deleted: a retired one keeps all its rows, and every page, export, figure and check-in skips it
 * ({@code retired_at IS NULL}). Owns the tables {@code commitment}, {@code commitment_unit},
 * {@code commitment_criterion} and {@code commitment_check_in}. Uses
 * organization (agencies), indicator (DDCI components, PCI sub-indices), issue (the measures behind the live
 * criteria), attachment (evidence files), security, referencedata and shared.
 */
@ApplicationModule
package vn.pcitracker.commitment;

import org.springframework.modulith.ApplicationModule;
