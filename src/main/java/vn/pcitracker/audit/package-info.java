/**
 * The audit log: an append-only record of who did what, when (UTC), from where, and how it ended. It owns the
 * {@code audit_log} table (a trigger refuses UPDATE, DELETE and TRUNCATE) and the administrators' view of it. It
 * records logins, failed logins and logouts, and refused accesses, from Spring Security's events; every state-changing
 * call of a service (a non-read-only {@code @Transactional} method of an {@code @Service}), in the caller's
 * transaction; and exports, from the shared export's {@code TableExported} event (docs/adr/015). It depends on no
 * feature module: nothing calls it except through events, or through {@link vn.pcitracker.audit.AuditTrail} to
 * record something explicitly.
 */
@ApplicationModule
package vn.pcitracker.audit;

import org.springframework.modulith.ApplicationModule;
