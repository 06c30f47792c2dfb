package org.homegw.datamodel.internal.core;

import java.util.Objects;

import org.homegw.datamodel.api.DataModel.Caller;

/**
 * One journaled write of a SetParameterValues: the parameter, its new (validated, canonical) value,
 * who asked for it, and the class of the provider that owned the parameter when it was set (the
 * entry is replayed only into a provider of that class, see {@link SetJournal}).
 */
public record JournalEntry(String path, String value, String owner, Caller caller) {

    public JournalEntry {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(caller, "caller");
    }
}
