package org.homegw.datamodel.api;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The gateway's parameter tree, as one OSGi service: every read and write the ACS (or the shell)
 * makes goes through here, is validated against the data-model definitions, and is routed to the
 * {@link ParameterProvider} that owns the path. Paths follow CWMP: a path ending in "." is an
 * object (partial path, meaning its whole subtree), anything else is a parameter.
 *
 * <p>Every operation answers with an {@link Outcome}; faults carry CWMP codes (9005 unknown name,
 * 9006 wrong type, 9007 invalid value, 9008 not writable, ...).
 */
@ProviderType
public interface DataModel {

    /** The root object this device exposes, "Device." or "InternetGatewayDevice.". */
    String rootObject();

    /**
     * Streams the values of the given full and partial paths to the sink, in request order and,
     * within a partial path, in tree order. Answers with the number of values sent. Nothing is sent
     * when any path is invalid (9005). This is what the ACS sees: hidden and secured parameters
     * (passwords) read as "".
     */
    Outcome<Integer> getValues(List<String> paths, ValueSink sink);

    /**
     * One parameter's value, for the device's own components: hidden and secured parameters give
     * their real value here (the CWMP client needs ManagementServer.Password, the connection-request
     * server ConnectionRequestPassword). Never pass this value to the ACS; use {@link #getValues}.
     */
    Outcome<ParameterValue> getValue(String parameterPath);

    /** GetParameterNames: the empty path names the root object. */
    Outcome<List<ParameterInfo>> getNames(String path, boolean nextLevel);

    /**
     * SetParameterValues, atomically: all values are validated first; if any fails, nothing is
     * applied and the fault lists every failing parameter. On success the ParameterKey is set and
     * the answer is the Status (0 applied, 1 applied only after a restart).
     */
    Outcome<Integer> setValues(List<ParameterValue> values, String parameterKey, Caller caller);

    Outcome<List<ParameterAttributes>> getAttributes(List<String> paths);

    Outcome<Void> setAttributes(List<AttributeChange> changes);

    /** AddObject on a table path ending in "{i}."-less form, e.g. "Device.NAT.PortMapping.". */
    Outcome<AddedObject> addObject(String tablePath, String parameterKey, Caller caller);

    /** DeleteObject of an instance path, e.g. "Device.NAT.PortMapping.3."; answers the Status. */
    Outcome<Integer> deleteObject(String instancePath, String parameterKey, Caller caller);

    /** The CWMP base type of a parameter path, if the path is a supported parameter. */
    Optional<String> typeOf(String parameterPath);

    /** Every parameter whose definition says forcedInform, with its current value (as the ACS sees it). */
    List<ParameterValue> forcedInformValues();

    /**
     * The parameters with passive or active notification whose value changed since the last
     * {@link #clearChanged()}, with their current values; what the next Inform reports.
     */
    List<ParameterValue> changedValues();

    /** Called by the session engine once an Inform carrying {@link #changedValues()} was accepted. */
    void clearChanged();

    /** Who asks: the ACS is bound by access rules that the device itself (or the shell) is not. */
    enum Caller {
        ACS,
        LOCAL
    }
}
