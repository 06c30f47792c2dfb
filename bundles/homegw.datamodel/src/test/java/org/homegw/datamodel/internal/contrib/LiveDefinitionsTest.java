package org.homegw.datamodel.internal.contrib;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;

import java.util.ArrayList;
import java.util.List;

import org.homegw.datamodel.internal.TestModel;
import org.homegw.datamodel.internal.schema.ObjectSchema;
import org.homegw.datamodel.internal.schema.ParamSchema;
import org.homegw.datamodel.internal.schema.SchemaTree;
import org.homegw.datamodel.internal.schema.Syntax;
import org.junit.Test;

/** When the registry is handed a new definitions set: once per effective change, once per batch. */
public class LiveDefinitionsTest {

    private final List<SchemaTree> published = new ArrayList<>();
    private final LiveDefinitions live = new LiveDefinitions(TestModel.tree(), published::add);

    @Test
    public void each_merge_and_withdrawal_publishes_one_new_set() {
        live.add(ContributedDefinitionsTest.plug(1));
        assertEquals(1, published.size());
        assertNotNull(published.get(0).object("Device.X_PLUG."));
        live.withdraw(1L, "bundle-1");
        assertEquals(2, published.size());
        assertEquals(TestModel.tree().parameterCount(), published.get(1).parameterCount());
    }

    @Test
    public void refused_waiting_and_unknown_change_nothing() {
        live.add(ContributedDefinitionsTest.contribution(2, "X_BAD:1", ObjectSchema.single("Device."),
                ObjectSchema.single("Device.DeviceInfo.", ParamSchema.readOnly("UpTime", Syntax.of("string")))));
        live.withdraw(99L, "nobody");
        live.add(ContributedDefinitionsTest.plug(3));
        live.add(ContributedDefinitionsTest.plug(4));
        assertEquals("only the first plug was merged", 1, published.size());
        live.withdraw(4L, "waiting plug");
        assertEquals(1, published.size());
    }

    @Test
    public void a_waiting_contribution_freed_by_a_withdrawal_is_published_with_it() {
        live.add(ContributedDefinitionsTest.plug(5));
        live.add(ContributedDefinitionsTest.plug(6));
        live.withdraw(5L, "bundle-5");
        assertEquals(2, published.size());
        assertNotNull(published.get(1).object("Device.X_PLUG."));
        assertEquals(List.of("bundle-6"), live.contributors());
    }

    @Test
    public void a_batch_publishes_once_at_the_end() {
        live.batch(() -> {
            live.add(ContributedDefinitionsTest.plug(7));
            live.add(ContributedDefinitionsTest.contribution(8, "X_INFO:1", ObjectSchema.single("Device."),
                    ObjectSchema.single("Device.DeviceInfo.", ParamSchema.readOnly("X_ACME_Color", Syntax.of("string")))));
            assertEquals(0, published.size());
        });
        assertEquals(1, published.size());
        assertNotNull(published.get(0).object("Device.DeviceInfo.").param("X_ACME_Color"));
        assertNotNull(published.get(0).object("Device.X_PLUG."));
    }
}
