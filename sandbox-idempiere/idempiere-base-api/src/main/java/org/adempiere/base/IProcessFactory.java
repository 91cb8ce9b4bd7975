package org.adempiere.base;

import org.compiere.process.ProcessCall;

/**
 * iDempiere's process factory service, as declared in org.adempiere.base (release-12, release-13
 * and master alike): iDempiere asks every registered factory for the class name of an AD_Process
 * and runs the first instance it gets.
 */
public interface IProcessFactory {

    /** A new instance of the process class {@code className}, or null when this factory does not know it. */
    ProcessCall newProcessInstance(String className);
}
