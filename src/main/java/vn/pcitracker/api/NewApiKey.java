package vn.pcitracker.api;

/**
 * A key to issue: for an association ({@code associationId}) or for a named channel ({@code channelName}), exactly
 * one of the two, with its own limit of requests per minute.
 */
public record NewApiKey(String label, Long associationId, String channelName, int requestsPerMinute) {
}
