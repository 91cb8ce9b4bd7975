-- The shipping plugin's carrier matrix now decides what the rule "Signature or ID check" parked
-- orders for: an order that needs a signature or an ID check gets a service that offers it, or
-- goes to the manual queue with the reason when none does. The System rule is switched off, not
-- deleted: release decisions taken on it still name it. "Prime and fast service" stays: it only
-- releases, and the matrix takes the order's service level from the order.
update CAT_ReleaseRule
   set IsActive = 'N',
       Reason = 'Retired: the carrier matrix (shipping plugin) chooses a service with signature or ID check, '
             || 'or parks the order with the reason when none offers it',
       Updated = now() at time zone 'UTC', UpdatedBy = 100, ChangedBy = 'migration V17'
 where AD_Client_ID = 0 and Name = 'Signature or ID check';
