package org.compiere.process;

/** Stand-in for iDempiere's ProcessCall: only the type, as IProcessFactory names it. */
public interface ProcessCall {
}
