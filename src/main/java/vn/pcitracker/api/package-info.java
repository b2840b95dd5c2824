/**
 * The partner API: Open311 GeoReport v2 at {@code /open311/v2} (public recommendations for anyone; new ones
 * with a key), the richer {@code /api/v1} for the province's own systems (states, parties, DDCI links, history
 * and feedback, as the key's association may see them), and the API keys that administrators issue and revoke,
 * with a rate limit per key and an audit row for every call made with one. Reads and files recommendations only
 * through the issue module's services; uses organization (associations), indicator (DDCI components) and
 * security. Nothing depends on it.
 */
@ApplicationModule
package vn.pcitracker.api;

import org.springframework.modulith.ApplicationModule;
