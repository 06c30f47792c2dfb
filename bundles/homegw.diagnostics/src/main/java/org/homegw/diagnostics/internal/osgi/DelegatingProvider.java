package org.homegw.diagnostics.internal.osgi;

import org.homegw.diagnostics.internal.core.DiagnosticTest;
import org.homegw.diagnostics.internal.core.DiagnosticsProvider;

/** The shell every diagnostics component shares: a {@link DiagnosticsProvider} for its test. */
abstract class DelegatingProvider extends ForwardingProvider {

    DelegatingProvider(DiagnosticsContext context, DiagnosticTest test) {
        this(new DiagnosticsProvider(test, context.executor(), context.afterSession(),
                context.completion(), context.resultStore(test.objectPath()), context.interfaceAddresses()));
    }

    private DelegatingProvider(DiagnosticsProvider delegate) {
        super(delegate, delegate::close);
    }
}
