/**
 * The bottleneck register (see the licensing module's description). Published as a named interface so that read
 * models elsewhere, such as the leaders' dashboard, can use its public services and records.
 */
@NamedInterface("bottleneck")
package vn.pcitracker.licensing.bottleneck;

import org.springframework.modulith.NamedInterface;
