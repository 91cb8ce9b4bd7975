package org.catura.idempiere.process;

import java.util.Map;
import java.util.function.Supplier;
import org.adempiere.base.IProcessFactory;
import org.catura.amazon.plugin.api.AmazonImports;
import org.catura.core.api.db.Database;
import org.catura.ticket.api.ManualQueue;
import org.catura.webui.api.Users;
import org.compiere.process.ProcessCall;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Makes the processes of the 2Pack (AD_Process.Classname) with Catura's services handed in. A
 * service not running yet is null: the process then says so instead of failing to be found;
 * greedy, so the factory is made again once it arrives.
 */
@Component(service = IProcessFactory.class, property = "service.ranking:Integer=100")
public final class CaturaProcessFactory implements IProcessFactory {

    private final Map<String, Supplier<ProcessCall>> processes;

    @Activate
    public CaturaProcessFactory(
            @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY)
            AmazonImports imports,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY)
            ManualQueue queue,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY)
            Database database,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY)
            Users users) {
        processes = Map.of(
                ImportNow.class.getName(), () -> new ImportNow(imports),
                SkipOrder.class.getName(), () -> new SkipOrder(imports),
                BackToAutomation.class.getName(), () -> new BackToAutomation(queue, database),
                ResyncWindow.class.getName(), () -> new ResyncWindow(imports),
                WebLogin.class.getName(), () -> new WebLogin(users));
    }

    @Override
    public ProcessCall newProcessInstance(String className) {
        Supplier<ProcessCall> process = processes.get(className);
        return process == null ? null : process.get();
    }
}
