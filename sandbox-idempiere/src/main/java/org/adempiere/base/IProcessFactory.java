package org.adempiere.base;

import org.compiere.process.ProcessCall;

/** iDempiere's process factory contract (org.adempiere.base), same signature. */
public interface IProcessFactory {

    ProcessCall newProcessInstance(String className);
}
