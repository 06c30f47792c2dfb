package org.homegw.diagnostics.internal.osgi;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.homegw.datamodel.api.Outcome;
import org.homegw.datamodel.spi.ChangeSink;
import org.homegw.datamodel.spi.ParameterProvider;
import org.homegw.datamodel.spi.ParameterWrite;
import org.homegw.diagnostics.internal.core.DiagnosticTest;
import org.homegw.diagnostics.internal.core.DiagnosticsProvider;

/** The shell every diagnostics component shares: a {@link DiagnosticsProvider} for its test. */
abstract class DelegatingProvider implements ParameterProvider {

    private final DiagnosticsProvider delegate;

    DelegatingProvider(DiagnosticsContext context, DiagnosticTest test) {
        this.delegate = new DiagnosticsProvider(test, context.executor(), context.afterSession(),
                context.completion(), context.resultStore(test.objectPath()), context.interfaceAddresses());
    }

    /** Stops a running test; components call it from their @Deactivate. */
    void close() {
        delegate.close();
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
