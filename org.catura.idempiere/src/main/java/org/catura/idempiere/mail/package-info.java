/** Catura's mail sent through the tenant's own SMTP settings (iDempiere's Tenant window). */
package org.catura.idempiere.mail;
