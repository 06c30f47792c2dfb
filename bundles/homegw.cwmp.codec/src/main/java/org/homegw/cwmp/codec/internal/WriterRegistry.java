package org.homegw.cwmp.codec.internal;

import java.util.HashMap;
import java.util.Map;

import javax.xml.stream.XMLStreamException;

/** Body writers by message class, filled once by the message-group classes. */
final class WriterRegistry {
    private final Map<Class<?>, BodyWriter<Object>> writers = new HashMap<>();

    @SuppressWarnings("unchecked")
    <T> void put(Class<T> type, BodyWriter<? super T> writer) {
        writers.put(type, (BodyWriter<Object>) writer);
    }

    /** Registers a message without arguments, written as an empty cwmp element. */
    <T> void empty(Class<T> type) {
        writers.put(type, (out, m) -> out.emptyCwmp(type.getSimpleName()));
    }

    boolean write(XmlOut out, Object message) throws XMLStreamException {
        BodyWriter<Object> writer = writers.get(message.getClass());
        if (writer == null) {
            return false;
        }
        writer.write(out, message);
        return true;
    }
}
