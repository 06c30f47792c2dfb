package org.homegw.datamodel.spi;

import java.util.List;

import org.homegw.datamodel.api.Outcome;

/**
 * A base for providers: holds the registry's change sink and gives {@link #fireValueChanged}; reads
 * of tables answer "no instances" and writes are refused unless overridden.
 */
public abstract class AbstractParameterProvider implements ParameterProvider {

    private volatile ChangeSink sink;

    @Override
    public Outcome<List<Long>> instances(String tablePath) {
        return Outcome.success(List.of());
    }

    @Override
    public Outcome<Integer> write(List<ParameterWrite> writes) {
        return Outcome.failure(9008, "Not writable: " + writes.get(0).path());
    }

    @Override
    public void attach(ChangeSink changeSink) {
        this.sink = changeSink;
    }

    /** Tells the registry that these parameters (or object subtrees) changed value. */
    protected void fireValueChanged(String... paths) {
        ChangeSink current = sink;
        if (current != null) {
            current.valuesChanged(paths);
        }
    }
}
