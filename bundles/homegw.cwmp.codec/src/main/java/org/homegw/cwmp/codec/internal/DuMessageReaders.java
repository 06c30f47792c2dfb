package org.homegw.cwmp.codec.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.homegw.cwmp.message.AutonOpResultStruct;
import org.homegw.cwmp.message.AutonomousDUStateChangeComplete;
import org.homegw.cwmp.message.AutonomousDUStateChangeCompleteResponse;
import org.homegw.cwmp.message.ChangeDUState;
import org.homegw.cwmp.message.ChangeDUStateResponse;
import org.homegw.cwmp.message.CwmpMessage;
import org.homegw.cwmp.message.DUStateChangeComplete;
import org.homegw.cwmp.message.DUStateChangeCompleteResponse;
import org.homegw.cwmp.message.DuOperation;
import org.homegw.cwmp.message.OpResultStruct;

/** Readers for the software-module (deployment unit) methods of CWMP 1.2. */
final class DuMessageReaders {
    private DuMessageReaders() {
    }

    static void register(Map<String, ElementReader<CwmpMessage>> readers) {
        readers.put("ChangeDUState", c -> {
            Fields f = Fields.read(c, Map.of("Operations", StructReaders::operations));
            List<DuOperation> ops = flatten(f.all("Operations"));
            if (ops.isEmpty()) {
                throw c.invalid("no Operations");
            }
            return new ChangeDUState(ops, f.string("CommandKey", ""));
        });
        readers.put("ChangeDUStateResponse", c -> {
            c.skipCurrent();
            return new ChangeDUStateResponse();
        });
        readers.put("DUStateChangeComplete", c -> {
            Fields f = Fields.read(c, Map.of("Results", StructReaders::opResults));
            List<OpResultStruct> results = flatten(f.all("Results"));
            return new DUStateChangeComplete(results, f.string("CommandKey", ""));
        });
        readers.put("DUStateChangeCompleteResponse", c -> {
            c.skipCurrent();
            return new DUStateChangeCompleteResponse();
        });
        readers.put("AutonomousDUStateChangeComplete", c -> {
            Fields f = Fields.read(c, Map.of("Results", StructReaders::autonOpResults));
            List<AutonOpResultStruct> results = flatten(f.all("Results"));
            return new AutonomousDUStateChangeComplete(results);
        });
        readers.put("AutonomousDUStateChangeCompleteResponse", c -> {
            c.skipCurrent();
            return new AutonomousDUStateChangeCompleteResponse();
        });
    }

    private static <T> List<T> flatten(List<List<T>> lists) {
        List<T> all = new ArrayList<>();
        lists.forEach(all::addAll);
        return all;
    }
}
