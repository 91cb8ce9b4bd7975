package org.catura.erp.adempiere.component;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Catura ERP port on ADempiere/iDempiere",
        description = "The tenant and document defaults the Catura plugins work in.")
public @interface ErpConfig {

    @AttributeDefinition(name = "Tenant (AD_Client_ID)", description = "The tenant of work that names none (web UI, commands; orders run in their channel's tenant); "
            + "0: System's AD_SysConfig CATURA_CLIENT_ID")
    int clientId() default 0;

    @AttributeDefinition(name = "Organisation (AD_Org_ID)", description = "For partners and contacts; orders take their warehouse's organisation")
    int orgId() default 0;

    @AttributeDefinition(name = "User (AD_User_ID)", description = "Recorded as CreatedBy/UpdatedBy")
    int userId() default 100;

    @AttributeDefinition(name = "Role (AD_Role_ID)")
    int roleId() default 0;

    @AttributeDefinition(name = "Language (AD_Language)")
    String language() default "en_US";

    @AttributeDefinition(name = "Sales order document type (C_DocType_ID)", description = "0: the client's standard order (DocSubTypeSO 'SO')")
    int orderDocTypeId() default 0;

    @AttributeDefinition(name = "Bank account for receipts (C_BankAccount_ID)", description = "Required to create payments")
    int bankAccountId() default 0;

    @AttributeDefinition(name = "Tender type of receipts", description = "A direct deposit, C credit card, D direct debit, K check, T account, X cash")
    String tenderType() default "A";
}
