/**
 * What every module may use and nothing domain-specific: the base entity, validation errors that carry
 * translation keys, the translation provider and locale formats, the embedded PostgreSQL default, demo
 * mode, and reusable UI (the ECharts component, which knows nothing of the domain). Depends on no module.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package vn.pcitracker.shared;

import org.springframework.modulith.ApplicationModule;
