package org.homegw.cwmp.message;

/** Empty success answer to SetParameterAttributes. */
public record SetParameterAttributesResponse() implements CwmpResponse {
}
