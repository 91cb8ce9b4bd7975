/** The Catura processes of iDempiere's menu (AD_Process of the 2Pack) and the factory that makes them. */
package org.catura.idempiere.process;
