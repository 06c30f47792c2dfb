package org.homegw.datamodel.internal.core;

import org.homegw.datamodel.internal.path.ResolvedPath;

/** One validated write of a SetParameterValues: target, canonical new value, and the value it replaces. */
record PendingWrite(ResolvedPath.ParamNode target, String value, ReadValue current) {

    String path() {
        return target.path();
    }

    boolean changes() {
        return !value.equals(current.value());
    }
}
