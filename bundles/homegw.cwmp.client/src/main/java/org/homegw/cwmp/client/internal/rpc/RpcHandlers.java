package org.homegw.cwmp.client.internal.rpc;

import java.lang.System.Logger.Level;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.homegw.cwmp.api.RpcHandler;

/**
 * The whiteboard {@link RpcHandler}s currently registered, by method name. The first handler
 * registered for a method serves it; a later one for the same method is ignored with a warning
 * until the first goes away. Built-in methods cannot be taken over.
 */
public final class RpcHandlers {

    private static final System.Logger LOG = System.getLogger(RpcHandlers.class.getName());

    private final Map<String, RpcHandler> byMethod = new ConcurrentHashMap<>();
    private final Set<String> builtIn;

    public RpcHandlers(Set<String> builtIn) {
        this.builtIn = Set.copyOf(builtIn);
    }

    public void add(RpcHandler handler, Iterable<String> methods) {
        for (String method : methods) {
            if (builtIn.contains(method)) {
                LOG.log(Level.WARNING, "RpcHandler " + handler + " for built-in method " + method + " ignored");
            } else if (!method.matches("[A-Za-z_][A-Za-z0-9_]{0,63}")) {
                LOG.log(Level.WARNING, "RpcHandler " + handler + " names an invalid method '" + method + "'; ignored");
            } else if (byMethod.putIfAbsent(method, handler) != null) {
                LOG.log(Level.WARNING, "second RpcHandler for " + method + " ignored: " + handler);
            }
        }
    }

    public void remove(RpcHandler handler) {
        byMethod.values().removeIf(h -> h == handler);
    }

    public Optional<RpcHandler> forMethod(String method) {
        return Optional.ofNullable(byMethod.get(method));
    }

    /** The methods served by handlers right now, sorted. */
    public Set<String> methods() {
        return new TreeSet<>(byMethod.keySet());
    }

    /** Reads the {@link RpcHandler#METHOD} service property (String, String[] or Collection). */
    public static Iterable<String> methodsOf(Object property) {
        if (property instanceof String s) {
            return java.util.List.of(s);
        }
        if (property instanceof String[] a) {
            return java.util.List.of(a);
        }
        if (property instanceof java.util.Collection<?> c) {
            return c.stream().map(String::valueOf).toList();
        }
        return java.util.List.of();
    }
}
