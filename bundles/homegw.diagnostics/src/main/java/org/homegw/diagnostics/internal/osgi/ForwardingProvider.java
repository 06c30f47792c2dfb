package org.homegw.diagnostics.internal.osgi;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.homegw.datamodel.api.Outcome;
import org.homegw.datamodel.spi.ChangeSink;
import org.homegw.datamodel.spi.ParameterProvider;
import org.homegw.datamodel.spi.ParameterWrite;

/**
 * A DS component shell that serves what a plain, unit-tested provider serves: every
 * {@link ParameterProvider} call goes to the delegate; {@link #close()} stops it (from @Deactivate).
 */
abstract class ForwardingProvider implements ParameterProvider {

    private final ParameterProvider delegate;
    private final Runnable closer;

    ForwardingProvider(ParameterProvider delegate, Runnable closer) {
        this.delegate = delegate;
        this.closer = closer;
    }

    /** Stops the delegate; components call it from their @Deactivate. */
    void close() {
        closer.run();
    }

    @Override
    public Outcome<List<Long>> instances(String tablePath) {
        return delegate.instances(tablePath);
    }

    @Override
    public Outcome<Map<String, String>> read(String objectPath, Collection<String> parameterNames) {
        return delegate.read(objectPath, parameterNames);
    }

    @Override
    public Outcome<Void> validate(List<ParameterWrite> writes) {
        return delegate.validate(writes);
    }

    @Override
    public Outcome<Integer> write(List<ParameterWrite> writes) {
        return delegate.write(writes);
    }

    @Override
    public void attach(ChangeSink sink) {
        delegate.attach(sink);
    }
}
