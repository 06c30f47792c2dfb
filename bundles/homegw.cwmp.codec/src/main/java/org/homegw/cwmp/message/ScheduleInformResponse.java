package org.homegw.cwmp.message;

/** Empty success answer to ScheduleInform. */
public record ScheduleInformResponse() implements CwmpResponse {
}
