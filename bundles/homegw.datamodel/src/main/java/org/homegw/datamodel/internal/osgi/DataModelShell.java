package org.homegw.datamodel.internal.osgi;

import org.homegw.datamodel.api.DataModel;
import org.homegw.datamodel.internal.shell.ShellCommands;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Gogo commands dm:get, dm:set, dm:names, dm:attrs, dm:add, dm:delete (found by Gogo through the
 * osgi.command.* service properties; no Gogo compile dependency). Each prints its answer, or the
 * CWMP fault code and message.
 */
@Component(service = DataModelShell.class, property = {
        "osgi.command.scope=dm",
        "osgi.command.function=get",
        "osgi.command.function=set",
        "osgi.command.function=names",
        "osgi.command.function=attrs",
        "osgi.command.function=add",
        "osgi.command.function=delete"})
public final class DataModelShell {

    private final ShellCommands commands;

    @Activate
    public DataModelShell(@Reference DataModel dataModel) {
        this.commands = new ShellCommands(dataModel);
    }

    public void get(String... paths) {
        System.out.print(commands.get(paths));
    }

    public void set(String... pathValuePairs) {
        System.out.print(commands.set(pathValuePairs));
    }

    public void names(String... args) {
        System.out.print(commands.names(args));
    }

    public void attrs(String... args) {
        System.out.print(commands.attrs(args));
    }

    public void add(String tablePath) {
        System.out.print(commands.add(tablePath));
    }

    public void delete(String instancePath) {
        System.out.print(commands.delete(instancePath));
    }
}
