package vn.pcitracker.api.open311;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The GeoReport v2 JSON shapes, field names as the specification spells them. */
final class Open311Dtos {

    private Open311Dtos() {
    }

    record Service(@JsonProperty("service_code") String serviceCode, @JsonProperty("service_name") String serviceName,
                   String description, boolean metadata, String type, String keywords, String group) {
    }

    record ServiceDefinition(@JsonProperty("service_code") String serviceCode, List<Attribute> attributes) {
    }

    record Attribute(boolean variable, String code, String datatype, boolean required,
                     @JsonProperty("datatype_description") String datatypeDescription, int order, String description,
                     @JsonInclude(JsonInclude.Include.NON_NULL) List<Value> values) {
    }

    record Value(String key, String name) {
    }

    record Request(@JsonProperty("service_request_id") String serviceRequestId, String status,
                   @JsonProperty("status_notes") String statusNotes, @JsonProperty("service_name") String serviceName,
                   @JsonProperty("service_code") String serviceCode, String description,
                   @JsonProperty("agency_responsible") String agencyResponsible,
                   @JsonProperty("service_notice") String serviceNotice,
                   @JsonProperty("requested_datetime") String requestedDatetime,
                   @JsonProperty("updated_datetime") String updatedDatetime,
                   @JsonProperty("expected_datetime") String expectedDatetime, String address,
                   @JsonProperty("address_id") String addressId, String zipcode, Double lat,
                   @JsonProperty("long") Double lon, @JsonProperty("media_url") String mediaUrl) {
    }

    /** POST answer: a token (this server's services are of type batch), never a service_request_id. */
    record Receipt(String token, @JsonProperty("service_notice") String serviceNotice,
                   @JsonProperty("account_id") String accountId) {
    }

    record TokenAnswer(@JsonProperty("service_request_id") String serviceRequestId, String token) {
    }

    record Error(int code, String description) {
    }
}
