package org.homegw.datamodel.definitions;

import static org.junit.Assert.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.Test;

/** XML → compact → read back gives the model loaded from XML, for every model of the kit. */
public class CompactRoundTripTest {

    private final BbfXmlReader xml = new BbfXmlReader();

    private static DataModelDefinitions roundTrip(DataModelDefinitions m) throws DefinitionsException {
        String text = new CompactDefinitionsWriter().toText(m, List.of("test"));
        DataModelDefinitions back = new CompactDefinitionsReader()
                .read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "mem");
        // the text is a function of the model: writing the read-back model gives the same text
        assertEquals(text, new CompactDefinitionsWriter().toText(back, List.of("test")));
        return back;
    }

    private void assertRoundTrip(String file) throws DefinitionsException {
        DataModelDefinitions m = xml.readModel(BbfKit.dm(file));
        DataModelDefinitions back = roundTrip(m);
        assertEquals(m.models(), back.models());
        assertEquals(m.dataTypes(), back.dataTypes());
        for (int i = 0; i < m.objects().size(); i++) {
            assertEquals(m.objects().get(i), back.objects().get(i));
        }
        for (int i = 0; i < m.parameters().size(); i++) {
            assertEquals(m.parameters().get(i), back.parameters().get(i));
        }
        assertEquals(m, back);
    }

    @Test
    public void device_2_19_round_trips() throws Exception {
        assertRoundTrip("tr-181-2-19-1-cwmp-full.xml");
    }

    @Test
    public void igd_1_14_round_trips() throws Exception {
        assertRoundTrip("tr-098-1-8-0-full.xml");
    }

    @Test
    public void service_models_round_trip() throws Exception {
        assertRoundTrip("tr-104-2-0-2-cwmp-full.xml");
        assertRoundTrip("tr-104-1-1-0-full.xml");
        assertRoundTrip("tr-135-1-4-1-cwmp-full.xml");
        assertRoundTrip("tr-140-1-3-1-cwmp-full.xml");
        assertRoundTrip("tr-181-1-7-0-full.xml");
    }

    @Test
    public void mounted_model_round_trips() throws Exception {
        DataModelDefinitions m = xml.readModel(BbfKit.dm("tr-181-2-19-1-cwmp-full.xml"))
                .mount(xml.readModel(BbfKit.dm("tr-104-2-0-2-cwmp-full.xml")), "Device.Services.")
                .mount(xml.readModel(BbfKit.dm("tr-135-1-4-1-cwmp-full.xml")), "Device.Services.");
        assertEquals(m, roundTrip(m));
    }
}
