package org.homegw.cwmp.client.internal.rpc;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.homegw.cwmp.api.RpcHandler;
import org.homegw.cwmp.message.AddObject;
import org.homegw.cwmp.message.AddObjectResponse;
import org.homegw.cwmp.message.CancelTransfer;
import org.homegw.cwmp.message.CancelTransferResponse;
import org.homegw.cwmp.message.CwmpMessage;
import org.homegw.cwmp.message.CwmpRequest;
import org.homegw.cwmp.message.DeleteObject;
import org.homegw.cwmp.message.DeleteObjectResponse;
import org.homegw.cwmp.message.FactoryReset;
import org.homegw.cwmp.message.FaultMessage;
import org.homegw.cwmp.message.GetParameterAttributes;
import org.homegw.cwmp.message.GetParameterAttributesResponse;
import org.homegw.cwmp.message.GetParameterNames;
import org.homegw.cwmp.message.GetParameterNamesResponse;
import org.homegw.cwmp.message.GetParameterValues;
import org.homegw.cwmp.message.GetRPCMethods;
import org.homegw.cwmp.message.GetRPCMethodsResponse;
import org.homegw.cwmp.message.ParameterValueStruct;
import org.homegw.cwmp.message.ScheduleInform;
import org.homegw.cwmp.message.SetParameterAttributes;
import org.homegw.cwmp.message.SetParameterAttributesStruct;
import org.homegw.cwmp.message.SetParameterValues;
import org.homegw.cwmp.message.SetParameterValuesFault;
import org.homegw.cwmp.client.internal.testing.FakeDataModel;
import org.junit.Test;

public class RpcDispatcherTest {

    private final FakeDataModel model = FakeDataModel.device().table("Device.NAT.PortMapping.");
    private final RpcHandlers handlers = new RpcHandlers(RpcDispatcher.BUILT_IN);
    private final AtomicBoolean deviceControl = new AtomicBoolean(false);
    private final RpcDispatcher dispatcher = new RpcDispatcher(model, handlers, deviceControl::get);
    private final SessionOrders orders = new SessionOrders();

    private CwmpMessage answer(CwmpRequest r) {
        return ((RpcAnswer.Message) dispatcher.dispatch(r, orders)).message();
    }

    private int faultCode(CwmpRequest r) {
        return ((FaultMessage) answer(r)).faultCode();
    }

    @Test
    public void get_rpc_methods_lists_exactly_what_is_registered_now() {
        List<String> base = ((GetRPCMethodsResponse) answer(new GetRPCMethods())).methodList();
        assertTrue(base.contains("GetParameterValues"));
        assertTrue(!base.contains("FactoryReset") && !base.contains("CancelTransfer"));
        RpcHandler h = r -> new CancelTransferResponse();
        handlers.add(h, List.of("CancelTransfer"));
        deviceControl.set(true);
        List<String> more = ((GetRPCMethodsResponse) answer(new GetRPCMethods())).methodList();
        assertTrue(more.contains("CancelTransfer") && more.contains("FactoryReset"));
        handlers.remove(h);
        assertTrue(!((GetRPCMethodsResponse) answer(new GetRPCMethods())).methodList().contains("CancelTransfer"));
    }

    @Test
    public void whiteboard_handler_answers_its_method() {
        handlers.add(r -> new CancelTransferResponse(), List.of("CancelTransfer"));
        assertEquals(new CancelTransferResponse(), answer(new CancelTransfer("k")));
    }

    @Test
    public void failing_handler_gives_9002_and_wrong_answer_type_too() {
        handlers.add(r -> {
            throw new IllegalStateException("boom");
        }, List.of("CancelTransfer"));
        assertEquals(9002, faultCode(new CancelTransfer("k")));
        handlers.add(r -> new GetRPCMethods(), List.of("GetQueuedTransfers"));
        assertEquals("a request is not an answer", 9002, faultCode(new org.homegw.cwmp.message.GetQueuedTransfers()));
    }

    @Test
    public void handler_cannot_take_over_a_built_in_method() {
        handlers.add(r -> FaultMessage.of(9001, "no"), List.of("GetRPCMethods"));
        assertTrue(answer(new GetRPCMethods()) instanceof GetRPCMethodsResponse);
    }

    @Test
    public void unknown_method_gets_9000() {
        assertEquals(9000, faultCode(new CancelTransfer("k")));
        assertEquals(9000, faultCode(new FactoryReset()));
    }

    @Test
    public void get_parameter_names_with_empty_path_and_next_level() {
        GetParameterNamesResponse r = (GetParameterNamesResponse) answer(new GetParameterNames("", true));
        assertEquals(List.of("Device."), r.parameterList().stream().map(p -> p.name()).toList());
        GetParameterNamesResponse all = (GetParameterNamesResponse) answer(new GetParameterNames("", false));
        assertEquals("root, 2 objects, 8 parameters", 11, all.parameterList().size());
        GetParameterNamesResponse below = (GetParameterNamesResponse) answer(new GetParameterNames("Device.", true));
        assertEquals(List.of("Device.DeviceInfo.", "Device.ManagementServer."),
                below.parameterList().stream().map(p -> p.name()).toList());
    }

    @Test
    public void get_parameter_values_is_validated_then_streamed() {
        RpcAnswer a = dispatcher.dispatch(new GetParameterValues(List.of("Device.DeviceInfo.", "Device.ManagementServer.ParameterKey")), orders);
        assertEquals(List.of("Device.DeviceInfo.", "Device.ManagementServer.ParameterKey"),
                ((RpcAnswer.Streamed) a).values().paths());
        assertEquals(9005, faultCode(new GetParameterValues(List.of("Device.DeviceInfo.", "Device.Nope"))));
        assertEquals(9005, faultCode(new GetParameterValues(List.of("Device.Nope."))));
        assertEquals(9003, faultCode(new GetParameterValues(List.of())));
    }

    @Test
    public void set_parameter_values_reports_every_bad_parameter_and_applies_nothing() {
        FaultMessage f = (FaultMessage) answer(new SetParameterValues(List.of(
                ParameterValueStruct.ofString("Device.ManagementServer.PeriodicInformInterval", "30"),
                ParameterValueStruct.ofString("Device.DeviceInfo.Manufacturer", "x"),
                ParameterValueStruct.ofString("Device.Nope", "1")), "key"));
        assertEquals(9003, f.faultCode());
        assertEquals(List.of(new SetParameterValuesFault("Device.DeviceInfo.Manufacturer", 9008, "Not writable"),
                new SetParameterValuesFault("Device.Nope", 9005, "Invalid parameter name")), f.setParameterValuesFaults());
        assertEquals("300", model.valueOf("Device.ManagementServer.PeriodicInformInterval"));
    }

    @Test
    public void untyped_set_value_takes_the_declared_type() {
        answer(new SetParameterValues(List.of(new ParameterValueStruct(
                "Device.ManagementServer.PeriodicInformInterval", "abc", ParameterValueStruct.UNTYPED)), "k"));
        assertEquals("300", model.valueOf("Device.ManagementServer.PeriodicInformInterval"));
    }

    @Test
    public void duplicate_parameter_or_long_key_gives_9003() {
        ParameterValueStruct p = ParameterValueStruct.ofString("Device.ManagementServer.PeriodicInformInterval", "1");
        assertEquals(9003, faultCode(new SetParameterValues(List.of(p, p), "k")));
        assertEquals(9003, faultCode(new SetParameterValues(List.of(p), "k".repeat(33))));
    }

    @Test
    public void attributes_round_trip() {
        answer(new SetParameterAttributes(List.of(new SetParameterAttributesStruct(
                "Device.DeviceInfo.SoftwareVersion", true, 2, false, List.of()))));
        GetParameterAttributesResponse r = (GetParameterAttributesResponse) answer(
                new GetParameterAttributes(List.of("Device.DeviceInfo.SoftwareVersion")));
        assertEquals(2, r.parameterList().get(0).notification());
        assertEquals(9003, faultCode(new SetParameterAttributes(List.of(new SetParameterAttributesStruct(
                "Device.DeviceInfo.SoftwareVersion", true, 7, false, List.of())))));
        assertEquals(9003, faultCode(new SetParameterAttributes(List.of(new SetParameterAttributesStruct(
                "Device.DeviceInfo.SoftwareVersion", false, 0, true, List.of("Everyone"))))));
    }

    @Test
    public void add_and_delete_object() {
        assertEquals(new AddObjectResponse(1, 0), answer(new AddObject("Device.NAT.PortMapping.", "k")));
        assertEquals(new DeleteObjectResponse(0), answer(new DeleteObject("Device.NAT.PortMapping.1.", "k")));
        assertEquals(9005, faultCode(new DeleteObject("Device.NAT.PortMapping.1.", "k")));
        assertEquals("a missing trailing dot is tolerated", new AddObjectResponse(2, 0),
                answer(new AddObject("Device.NAT.PortMapping", "k")));
        assertEquals(9003, faultCode(new AddObject("", "k")));
        assertEquals(9003, faultCode(new AddObject("Device.NAT.PortMapping.", "k".repeat(33))));
    }

    @Test
    public void reboot_and_schedule_inform_are_recorded_for_after_the_session() {
        answer(new org.homegw.cwmp.message.Reboot("r1"));
        answer(new ScheduleInform(60, "s1"));
        assertEquals(List.of("r1"), orders.rebootCommandKeys());
        assertEquals(List.of(new SessionOrders.ScheduledInform(60, "s1")), orders.scheduledInforms());
        assertEquals(9003, faultCode(new ScheduleInform(0, "s2")));
    }

    @Test
    public void property_forms_of_the_method_name_are_read() {
        assertEquals(List.of("A", "B"), List.copyOf((java.util.Collection<String>) RpcHandlers.methodsOf(new String[] {"A", "B"})));
        assertEquals(List.of("A"), RpcHandlers.methodsOf("A"));
        assertEquals(List.of(), RpcHandlers.methodsOf(Map.of()));
    }
}
