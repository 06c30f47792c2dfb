package org.homegw.diagnostics.internal.osgi;

import java.util.concurrent.ExecutorService;

import org.homegw.diagnostics.internal.core.AfterSession;
import org.homegw.diagnostics.internal.core.CompletionListener;
import org.homegw.diagnostics.internal.core.ResultStore;
import org.homegw.diagnostics.internal.net.InterfaceAddresses;

/**
 * What every diagnostics provider component shares: the run executor, the wait for the CWMP
 * session's end, the completion path, the settings.
 */
public interface DiagnosticsContext {

    ExecutorService executor();

    AfterSession afterSession();

    CompletionListener completion();

    DiagnosticsConfig config();

    /** Where the object at {@code objectPath} keeps its results across restarts. */
    ResultStore resultStore(String objectPath);

    /** Resolves a test's Interface parameter through the data model. */
    InterfaceAddresses interfaceAddresses();
}
