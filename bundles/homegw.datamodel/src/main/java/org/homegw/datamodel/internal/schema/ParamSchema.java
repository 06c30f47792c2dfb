package org.homegw.datamodel.internal.schema;

import java.util.Objects;

/**
 * The registry's view of one parameter definition. {@code factoryDefault} applies to the initial
 * device state, {@code objectDefault} to a newly created table instance; either may be null.
 */
public record ParamSchema(String name, Syntax syntax, boolean writable, String factoryDefault, String objectDefault,
                          boolean forcedInform, ActiveNotify activeNotify, Status status, boolean hidden,
                          boolean secured) {

    public ParamSchema {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(syntax, "syntax");
        Objects.requireNonNull(activeNotify, "activeNotify");
        Objects.requireNonNull(status, "status");
    }

    /** Hidden and secured values are kept but always read back as "". */
    public boolean readsEmpty() {
        return hidden || secured;
    }

    /** The notification a parameter starts with before the ACS changes it. */
    public int defaultNotification() {
        return activeNotify == ActiveNotify.FORCE_ENABLED || activeNotify == ActiveNotify.FORCE_DEFAULT_ENABLED ? 2 : 0;
    }

    /** A read-write parameter of the given base type, for definitions built in code. */
    public static ParamSchema readWrite(String name, Syntax syntax) {
        return new ParamSchema(name, syntax, true, null, null, false, ActiveNotify.NORMAL, Status.CURRENT, false,
                false);
    }

    public static ParamSchema readOnly(String name, Syntax syntax) {
        return new ParamSchema(name, syntax, false, null, null, false, ActiveNotify.NORMAL, Status.CURRENT, false,
                false);
    }

    public ParamSchema withFactoryDefault(String value) {
        return new ParamSchema(name, syntax, writable, value, objectDefault, forcedInform, activeNotify, status,
                hidden, secured);
    }

    public ParamSchema withObjectDefault(String value) {
        return new ParamSchema(name, syntax, writable, factoryDefault, value, forcedInform, activeNotify, status,
                hidden, secured);
    }

    public ParamSchema withActiveNotify(ActiveNotify value) {
        return new ParamSchema(name, syntax, writable, factoryDefault, objectDefault, forcedInform, value, status,
                hidden, secured);
    }

    public ParamSchema withForcedInform() {
        return new ParamSchema(name, syntax, writable, factoryDefault, objectDefault, true, activeNotify, status,
                hidden, secured);
    }

    public ParamSchema withStatus(Status value) {
        return new ParamSchema(name, syntax, writable, factoryDefault, objectDefault, forcedInform, activeNotify, value,
                hidden, secured);
    }

    public ParamSchema asSecured() {
        return new ParamSchema(name, syntax, writable, factoryDefault, objectDefault, forcedInform, activeNotify, status,
                hidden, true);
    }
}
