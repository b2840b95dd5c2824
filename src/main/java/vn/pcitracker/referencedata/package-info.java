/**
 * Reference and demo data from CSV: reads {@code data/reference/*.csv} (and {@code data/demo/*.csv} in demo
 * mode) at start-up and on an administrator's request, and hands each file to the module that owns it
 * through {@link vn.pcitracker.referencedata.ReferenceDataSet}. The whole load is one transaction: a broken
 * file changes nothing. Uses only the shared module; every module with reference data uses this one.
 */
@ApplicationModule
package vn.pcitracker.referencedata;

import org.springframework.modulith.ApplicationModule;
