<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>QObject</name>
    <message>
        <source>Wrong user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user &quot;%1&quot; is disabled. Ask an administrator to enable it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read your FrontDesk role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is not set up for FrontDesk logins yet (the roles frontdesk_admin and frontdesk_reception are missing): ask your administrator to run &quot;frontdesk migrate&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database login &quot;%1&quot; is not a FrontDesk user (it is in neither frontdesk_admin nor frontdesk_reception).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password library could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory to protect the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password needs at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must not start or end with a space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Qt SQLite driver (QSQLITE) is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be created for the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Qt PostgreSQL driver (QPSQL) is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite URL &quot;%1&quot; is not valid: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite URL &quot;%1&quot; names no file: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite file name &quot;%1&quot; begins or ends with a space or tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 name &quot;%2&quot; is longer than PostgreSQL&apos;s limit of 63 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 name in the PostgreSQL URL holds characters that are not text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL URL &quot;%1&quot; is not valid (%2): %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL URL &quot;%1&quot; has port 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL URL &quot;%1&quot; must name one database after the host: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL URL &quot;%1&quot; names no user: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sslmode &quot;%1&quot; is not one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connect_timeout &quot;%1&quot; must be a number of seconds from 1 to 600.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL URL option &quot;%1&quot; is not known (known: sslmode, connect_timeout, application_name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database URL was given: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database URL &quot;%1&quot; has the unknown kind &quot;%2&quot;: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL %1 on %2:%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>release the migration lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wait for another desk&apos;s database upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the database&apos;s schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was upgraded by a newer FrontDesk (schema version %1; this FrontDesk %2 knows up to %3). Install the newer FrontDesk on this desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create the schema version table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy the database aside before upgrading it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration %1 is missing from the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upgrade the database to version %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the database&apos;s tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1.%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This user is disabled. Ask an administrator to enable it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL server refused the user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL database does not exist on that server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your database role may not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1: the record already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1: the database is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL server cannot be reached, so FrontDesk could not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1: the database file cannot be written (the file, its folder or its disk is read-only). Nothing was changed. Make it writable again (or ask whoever looks after this computer), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1: the file is not a FrontDesk database or it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1: the database file cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1: the database is busy in another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1: the disk that holds the database is full. Nothing was changed. Free some space on it (delete or move files that are no longer needed), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1: the file is not a database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the message log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the message&apos;s attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the opted-out customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opt the customers out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the customer&apos;s WhatsApp consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the customer&apos;s WhatsApp consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the item to deliver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quantity must be at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A delivery cannot be set back to pending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery %1 was already delivered; its status cannot change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the new delivery date for the re-attempt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the delivery status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the engineers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the engineer&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the engineer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the enquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the enquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enquiry %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search the enquiries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count the waiting and failed messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log the WhatsApp message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the service request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the service request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service request %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the service requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service request %1 is already %2; it cannot be assigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the engineer to assign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assign the engineer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service request %1 was cancelled; it cannot be completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date the service was completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mark the service request completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the setting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the setting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove the setting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user name starts with a letter and has only letters a–z, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; (at most 63).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User names starting with &quot;pg_&quot; or &quot;frontdesk_&quot; are reserved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create the database login &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; is taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the user &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count the users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record the login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot disable yourself: another administrator has to do it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot take away your own administrator role: another administrator has to do it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count the administrators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the last active administrator: make someone else an administrator first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enable the user &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disable the user &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the role of &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set a new password for &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has no value for the template parameter &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has no value for the link button (&quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a WhatsApp number (or the message could not be delivered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp allows only approved templates outside 24 hours after the customer&apos;s last message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the customer stopped marketing messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp&apos;s sending rate limit was reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many messages to this customer in a short time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Cloud API access token was rejected: an administrator must enter a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the approved WhatsApp template is missing or its parameters do not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the WhatsApp Cloud API could not be reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the WhatsApp Cloud API gave an answer without a message id (HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the WhatsApp Cloud API refused the message (HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent %1, failed %2, skipped %3, left %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>take the next WhatsApp message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this station stopped while sending; checking the chat before resending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record the WhatsApp message&apos;s outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message %1 is no longer claimed by this station.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the message&apos;s retries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (gave up after %2 automatic retries)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sender was not ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record the message&apos;s delivery tick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count the waiting messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator may retry messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retry the messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the customer&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the type of service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the expected service date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complete the service request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mark the WhatsApp message as queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queue the WhatsApp message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp message queued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp message not sent: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp message not sent: staff number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. The customer already had this WhatsApp message, so none was sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp message could not be prepared: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the staff phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staff number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer opted out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the customer&apos;s phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phone number has only digits, spaces and + ( ) - .</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number is too short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The country code is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number is too short: an Indian mobile number has 10 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number is too long: an Indian mobile number has 10 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This number does not exist: check the digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numbers from %1 are not messaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>landline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>toll-free number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a mobile number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available on this computer (no Secret Service is running), so the password is not stored: it will be asked for each time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused access, so the password is not stored: it will be asked for each time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &quot;{&quot; is never closed; write {{ for a brace in the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{%1}&quot; is not a placeholder; write {{ and }} for braces in the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &quot;}&quot; has no &quot;{&quot;; write }} for a brace in the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown placeholder {%1}. This message may use: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No value for {%1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link &quot;%1&quot; must start with https:// or http://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link &quot;%1&quot; must contain {ticket_id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link &quot;%1&quot; is not a valid web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the WhatsApp profile folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The WhatsApp profile is in use by another FrontDesk (process %1 on %2); only one program per computer may send through it. Close that one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The WhatsApp profile is in use by another FrontDesk; only one program per computer may send through it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot lock the WhatsApp profile: %1 is not writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The WhatsApp selector pack %1 is not usable: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the WhatsApp selector pack %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>built-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON error at offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;format&quot; must be &quot;frontdesk-whatsapp-selectors&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;version&quot; must be a number from 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the landmark &quot;%1&quot; has no selectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a selector of &quot;%1&quot; is neither a CSS text nor {&quot;css&quot;, &quot;text&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;texts.invalidNumber&quot; lists no wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tick &quot;%1&quot; has no level number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;ticks&quot; has no icon for a sent message (level 1 or more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each &quot;formatting&quot; entry needs &quot;css&quot; and &quot;marker&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The WhatsApp page did not answer: it is still loading, or it shows an error page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page state: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MISSING (%1): %2 - the selector pack needs an update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on this screen (%1): %2 - open a chat and check again to test the chat&apos;s parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp Web is loading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp Web is logged out: scan the QR code with the business phone (WhatsApp &gt; Linked devices).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp Web is loading the chats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp Web is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp Web is offline: check the internet connection and the phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp Web refuses this browser version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp is open in another window: choose &quot;Use here&quot; to send from this desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp Web cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save how messages are sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opt the customers in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ask the server&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the database to %1 before upgrading it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version: %1 (upgraded from %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version: %1 (already up to date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1 (from %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reachable: no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reachable: yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version: %1 (this FrontDesk: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing: nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: the database was upgraded by a newer FrontDesk; install the newer FrontDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database needs an upgrade: run &quot;frontdesk migrate&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--pace-ms takes MIN or MIN,MAX in milliseconds (0 or more, MAX not below MIN), not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--whatsapp-url needs an http(s) address such as https://web.whatsapp.com/, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp Web needs a login: on the business phone open WhatsApp &gt; Linked devices &gt; Link a device and scan this code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same code as an image: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the scan ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dispatch: send what is due now, then exit (else run until stopped).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dispatch: the gap between messages for this run, in milliseconds (MIN or MIN,MAX).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dispatch: WhatsApp Web&apos;s address (default https://web.whatsapp.com/).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dispatch --once: give up when WhatsApp Web is not ready after this many seconds (default 60).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: --ready-timeout takes a number of seconds from 1, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: dispatch needs the graphical application object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dispatch: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station %1 sends through %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database schema is version %1; run &quot;frontdesk migrate&quot; first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check: test the WhatsApp Web page (which landmarks FrontDesk finds) instead of the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp Web: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selector pack: %1, version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>desk settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FrontDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — needs an upgrade to schema %2: ask your administrator to run &quot;frontdesk migrate&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — schema %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database URL: sqlite:PATH or postgresql://user@host:port/database (also FRONTDESK_DATABASE_URL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migrate: upgrade the database schema; check: test the database; dispatch: send the queued WhatsApp messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: unknown command &quot;%1&quot; (commands: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FrontDesk is already running: brought its window to the front.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check who may upgrade the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no schema version %1: this FrontDesk knows versions up to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is at schema version %1 already; FrontDesk does not take a schema back to %2 (restore the copy made before the upgrade instead).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to wants a schema version number, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This FrontDesk needs schema version %1: run &quot;frontdesk migrate&quot; without --to to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token file %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token file %1 can be read by other users; make it yours alone (chmod 600 %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the token file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token file %1 must hold the access token alone, on one line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dispatch: send through whatsapp-web or cloud-api for this run (default: the transport the admin chose).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dispatch with cloud-api: read the access token from this file (owner-only) instead of the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Cloud API is chosen but has no phone-number id yet: an admin sets it in the desk under Desk &gt; How messages are sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station %1 sends through the WhatsApp Cloud API (number %2 at %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Cloud API access token could not be read: %1 Pass it with --token-file instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain has no Cloud API access token (%1): an admin stores it in the desk under Desk &gt; How messages are sent, or pass --token-file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: the sender is not ready, so nothing was sent and the messages wait: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: --transport takes one of %1, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migrate: stop at this schema version (default: the latest).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown transport &quot;%1&quot; (choose one of: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This FrontDesk ships two schema upgrades numbered %1 (%2, %3), so it changes nothing; report it to whoever built it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade: this login may not alter %1; run &quot;frontdesk migrate&quot; with the login that owns them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>may have been sent: check the chat before retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request reached the WhatsApp Cloud API but its answer was lost: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a gateway on the way to the WhatsApp Cloud API lost its answer (HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taken over from station %1 after its claim lapsed; checking the chat before sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read this station&apos;s latest sends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp Web has changed: sending paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>messages are not confirmed: sending paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two sends in a row were not confirmed; the last: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pause sending on this station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pause of station %1 was not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read whether sending is paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read where sending is paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator may resume sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resume sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dispatch: resume sending on this station after it paused because WhatsApp Web changed (administrators; on PostgreSQL an administrator&apos;s login), then exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: sending paused on station %1: %2. No message is sent from this station until an administrator resumes it, after updating the selector pack: &quot;frontdesk dispatch --resume&quot; or &quot;Resume sending&quot; on the desk&apos;s WhatsApp tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station %1 was not paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending resumed on station %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FrontDesk: the reception desk, with WhatsApp messages to customers.
Without a command it opens the desk&apos;s window.
Exit codes: 0 done, 1 anything else (bad arguments, schema behind), 2 dispatch: the sender is not ready, 3 database error, 4 dispatch: sending paused because WhatsApp Web has changed (an administrator resumes with dispatch --resume).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frontdesk dispatch: a second stop signal: stopped at once
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: frontdesk dispatch did not end within %1 s of the stop signal and was ended; the next start checks the message in flight in its chat
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping: the message being sent gets at most %1 s ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: the message in flight was not recorded within %1 s of the stop; ending now: the next start checks it in its chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the landmark &quot;%1&quot; has no selectors (a version 1 pack: start again from the built-in version 2 and redo the changes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the landmark &quot;%1&quot; is not a list of selectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;tickLabels&quot; must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each &quot;tickLabels&quot; entry needs &quot;icon&quot;, &quot;label&quot; and a &quot;level&quot; number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MISSING IN THE OPEN CHAT (%1): %2 - sending cannot see its own messages; the selector pack needs an update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INVALID IN THIS BROWSER (%1): these selectors never match here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1: %2 (%3)</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is too long: %2 characters, at most %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product or subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The type of service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already assigned to %2. Choose another engineer to re-assign it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already set to be re-attempted on %2. Choose another date to reschedule it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its record no longer exists, so it cannot be filled in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it names no record of FrontDesk&apos;s, so it cannot be filled in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the service request has moved on since (it is no longer waiting for this engineer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another engineer was assigned since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the service request is no longer completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the delivery&apos;s status has changed since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the delivery was rescheduled or its status changed since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the company name is not set in Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the company phone is not set in Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tracking link is not set in Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tracking link in Settings is not usable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the feedback link is not set in Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the feedback link in Settings is not usable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start the check before sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the check before sending failed: sending paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the messages waiting for ticks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engineers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read what the desk already saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the desk&apos;s action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the message&apos;s state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This form was already used for something else. Start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read what the desk already saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read what the desk saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read whether this login may send messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This login may not send messages: ask IT or an admin to grant it the sender role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a one-desk database the desk itself sends: there is no sender role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>let &quot;%1&quot; send messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop &quot;%1&quot; sending messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrators may always send messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a staff number is never messaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This engineer is no longer in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name has at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rename the engineer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bring the engineer back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retire the engineer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field cannot be corrected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record is no longer there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the record&apos;s corrections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s name cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A field has at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>correct the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp refuses this account&apos;s messages: sending paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in a row were marked failed; the last: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>many numbers are not on WhatsApp: check the list; sending paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the latest %2 numbers; the last: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp warned about this account: sending paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dispatch, check --whatsapp: drive WhatsApp Web with auto (WA-JS when it works on the page, else the DOM driver), wa-js or dom (default: this desk&apos;s setting, else auto).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--engine takes auto, wa-js or dom, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read when this station was last resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the latest pause of sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The WA-JS file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a WA-JS file (it has %2 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a WA-JS file (wppconnect-wa.js): it never names WPP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page sees: user agent Chrome %1, client hints %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another FrontDesk has been upgrading this database for minutes (it holds %1). Let it finish; if no FrontDesk uses the file, delete %1 and start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FrontDesk cannot write %1 next to the database to upgrade it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusTexts</name>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd</name>
    <message>
        <source>Priya Sharma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laser printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(set the tracking link in Settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Karthik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(set the feedback link in Settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canon LBP2900 printer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::AdminListPage</name>
    <message>
        <source>&amp;Mobile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::CloudApiDialog</name>
    <message>
        <source>How messages are sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp Web in this desk (no fees)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp Business Cloud API (approved templates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In order ({{1}}, {{2}}, ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By name ({{customer_name}}, ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leave empty to keep the token in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number &amp;id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template &amp;parameters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New access &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each event is sent as its approved template, named frontdesk_&lt;event&gt; (for example frontdesk_service_created). The token is kept only in this computer&apos;s keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number id is the number Meta shows for the sending number (digits only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API version looks like v21.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API address must be an https:// address, such as https://graph.facebook.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: messages go through the Cloud API from the next start of a sending desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: messages go through WhatsApp Web from the next start of a sending desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sen&amp;d through:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::CloudApiSender</name>
    <message>
        <source>The WhatsApp Cloud API has no phone number id: an administrator sets it in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The WhatsApp Cloud API address in the settings is not a valid URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The WhatsApp Cloud API access token is not in the keychain: an administrator enters it in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp&apos;s sending rate limit was reached: sending resumes in %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::DatabaseWorker</name>
    <message>
        <source>The database is reachable again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::DeliveriesTab</name>
    <message>
        <source>New delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order or invoice reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the delivery (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Item:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deli&amp;very date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show deliveries with status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a delivery in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New delivery status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New delivery date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (optional): e.g. customer not at home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set s&amp;tatus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New stat&amp;us:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp message that will go:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2: delivered (final).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2, %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a delivery to change its status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DELIVERED sends no message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter the item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer already had this message for this attempt; it is not sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delivery is already set to be re-attempted on this date; choose another date to reschedule it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New dat&amp;e:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All of the selected delivery; correct a typo (Enter on the row)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::DeskWiring</name>
    <message>
        <source>WhatsApp: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ttings...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing once the message being sent is recorded (at most %1 s) ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;How messages are sent...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp: this desk stops sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp: not used here (this desk does not send; the WhatsApp profile is free for a sender station)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing out once the message being sent is recorded (at most %1 s) ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (engine: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FrontDesk: sending paused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::Dispatcher</name>
    <message>
        <source>nothing to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the sender: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quiet hours until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet hours: sending resumes at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found in the chat after a restart; not sent again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found in the chat after a restart; sent again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending message %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an earlier try had reached the chat; not sent again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found in the chat after taking it over from another station; not sent again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found in the chat after taking it over from another station; sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this station stopped while sending and the chat could not be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taken over from station %1 after its claim lapsed, and the chat could not be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the chat could not be checked; the earlier try had not left, so it is sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the chat could not be checked; sent again as an administrator asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tried before and the chat could not be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking WhatsApp with a message to the business&apos;s own number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FrontDesk check before sending, %1 (%2). Nothing to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending waits: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::EngineersPage</name>
    <message>
        <source>Add an engineer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engineer&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engineer&apos;s mobile (staff, never messaged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add engineer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engineers&apos; phones are staff phones: WhatsApp messages never go to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engineers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the engineer&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can now be assigned to service requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected engineer&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nam&amp;e:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;tire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A retired engineer is no longer offered for new assignments; their service requests keep their name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bring back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed to %1. Requests assigned before keep the name they were assigned with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can be assigned to service requests again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is retired: no longer offered for new assignments.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::EnquiriesTab</name>
    <message>
        <source>New enquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product or subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save enquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the form for the next customer (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent enquiries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name, phone or product (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search enquiries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter the product or subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enquiry %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the message log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: staff number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to be sent again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product or su&amp;bject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All of the selected enquiry, its notes too; correct a typo (Enter on the row)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::EntryPage</name>
    <message>
        <source>Customer name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp message that will go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No WhatsApp message will go: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name, phone, reference… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open / correct…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::FirstRunWizard</name>
    <message>
        <source>Set up FrontDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open FrontDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where should FrontDesk keep its data?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One desk: keep it on this computer. Several desks: use your PostgreSQL server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;This computer only (SQLite — nothing to set up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;PostgreSQL server shared by several desks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User (may create roles):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is kept only in this computer&apos;s keychain, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrators manage settings, templates, users and retries. Add the reception staff later under Users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile phone (never messaged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mobile (staff, never messaged):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password (8 or more characters):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown in every WhatsApp message to your customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company &amp;phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FrontDesk is ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server, the database and the user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Connected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the administrator&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the company name: customers see it in every message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting up the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The database is ready and &lt;b&gt;%1&lt;/b&gt; can sign in as &lt;b&gt;%2&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Next:&lt;/b&gt; open the &lt;b&gt;WhatsApp&lt;/b&gt; tab and scan the QR code with the business phone (WhatsApp → Linked devices → Link a device). Until then messages wait in the queue.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the database password in the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database password is in this computer&apos;s keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service request messages carry two links made from the ticket number ({ticket_id}): one to follow the request, one to give feedback. With a mobile number above, FrontDesk suggests WhatsApp links that open a chat with you about the ticket; your website&apos;s pages work too. Without the links those messages cannot be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tracking link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Feedback link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without both links, service request messages cannot be sent until an administrator adds them in Settings. Press Next again to go on without them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::JobSheet</name>
    <message>
        <source>Job sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please tell us how we did:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engineer&apos;s signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer&apos;s signature</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::LanguageBox</name>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hindi — हिन्दी</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tamil — தமிழ்</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::LanguageMenu</name>
    <message>
        <source>The new language is used from the next time FrontDesk starts. This window stays as it is, with everything typed in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::LogFilterBar</name>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent, delivered or read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting (pending, sending, retrying)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by phone or customer name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: may have been sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search phone, name or reference (SR-000001)…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::LoginDialog</name>
    <message>
        <source>FrontDesk — sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Sign in to FrontDesk&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember my password on this computer (in the keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database user:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many wrong passwords. Try again in %n second.</numerusform>
            <numerusform>Too many wrong passwords. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was upgraded from schema version %1 to %2; the file as it was is kept at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database needs an upgrade from schema version %1 to %2 before FrontDesk %3 can use it. Ask an administrator to sign in on this desk and upgrade it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::MainWindow</name>
    <message>
        <source>FrontDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp: not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages waiting and failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — not reachable: %2. What you type is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+S  save the form
Ctrl+N  clear the form for the next customer
Ctrl+F  search the list
F5  refresh
Ctrl+1…9  go to a tab
Alt+underlined letter  go to that field
Ctrl+P  print the job sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages: unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages waiting: %1 · failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (messages: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some WhatsApp messages cannot be sent until Settings are complete: %1. They are kept in the message log as failed; once the setting is filled in, retry them there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enquiries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this desk does not send them (a sender station does)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages waiting: %1 (%2) · failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit FrontDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet: the form on %1.

Quit and lose what was typed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet: the form on %1.

Sign out and lose what was typed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign out without saving</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::MessageDetailsPane</name>
    <message>
        <source>Message details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure screenshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a message to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No attempt yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error / note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unfinished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screenshot at the failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved on station %1 as %2; the file cannot be opened from this desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::MessageLogModel</name>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enquiry received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service request created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engineer assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery re-attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check before sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::MessageLogTab</name>
    <message>
        <source>WhatsApp messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2 (%3–%4 of %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows per page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry all failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a message to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Send %n failed message(s) again?</source>
        <translation>
            <numerusform>Send %n failed message again?</numerusform>
            <numerusform>Send %n failed messages again?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send all %n failed message(s) of the current filter again?</source>
        <translation>
            <numerusform>Send all %n failed message of the current filter again?</numerusform>
            <numerusform>Send all %n failed messages of the current filter again?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) will be sent again.</source>
        <translation>
            <numerusform>%n message will be sent again.</numerusform>
            <numerusform>%n messages will be sent again.</numerusform>
        </translation>
    </message>
    <message>
        <source>The others were no longer failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n message(s) to %1.</source>
        <translation>
            <numerusform>Exported %n message to %1.</numerusform>
            <numerusform>Exported %n messages to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume sending on station %1?

Do this after the selector pack (or FrontDesk) was updated. Messages marked &quot;may have been sent&quot; stay failed: look in each chat before retrying them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending resumed on station %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station %1 was no longer paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of them filled in again from the record and today&apos;s settings.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) could not be filled in and stay failed: %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Select one or more failed, skipped or stuck messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Send %n selected message(s) again?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped on purpose: %1. They go only if the customer may be messaged now; a customer who opted out must be un-opted-out first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message still being sent is left alone until its claim has ended. One whose claim ended may have been sent: look in its chat first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) may still be being sent by their station and were left alone.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped message(s) stay skipped: %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fd::MessagePreview</name>
    <message>
        <source>WhatsApp message preview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::OptOutImport</name>
    <message>
        <source>The file is not well-formed CSV (a quote is not closed); check its last lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::OptOutPanel</name>
    <message>
        <source>Opted-out customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone to opt out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opt out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send messages again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected customers get WhatsApp messages again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These customers get no WhatsApp messages; their records are still saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gets no more WhatsApp messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the customers who may get messages again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) will get WhatsApp messages again.</source>
        <translation>
            <numerusform>%n customer will get WhatsApp messages again.</numerusform>
            <numerusform>%n customers will get WhatsApp messages again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import opted-out customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n customer(s).</source>
        <translation>
            <numerusform>Imported %n customer.</numerusform>
            <numerusform>Imported %n customers.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no phone numbers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::PauseBanner</name>
    <message>
        <source>Sending paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on station %2 since %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selector pack when it paused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending starts again on station %1. First update the selector pack (or FrontDesk), and look in the chats of the messages that may have been sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer gets a WhatsApp message from a paused station until an administrator resumes it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::PhoneField</name>
    <message>
        <source>e.g. 98765 43210</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the customer&apos;s mobile number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ %1 — WhatsApp message will go to this number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — can be saved, but no WhatsApp message: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional. Staff numbers never get WhatsApp messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ %1 — a staff number: WhatsApp messages never go to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staff number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — a staff number: it can be saved, but no WhatsApp message goes to staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — this customer opted out of WhatsApp messages: it can be saved, but none will go.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::PreviewTemplates</name>
    <message>
        <source>(given on saving)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No WhatsApp message can go yet: %1. The record is saved all the same; an administrator fills the setting in and then retries the message from the message log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::RecordDialog</name>
    <message>
        <source>Customer name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product or subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-attempt date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status changed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrections of this record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before → after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save corrections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A correction changes only this record: no message is sent for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to correct: every field says what the record holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected — no message is sent for a correction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::SaveStatus</name>
    <message>
        <source>Result of the last save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still saving — the database is slow to answer. What you typed is kept; you can go on working in the other tabs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No WhatsApp message for this change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet — the database cannot be reached (%1). What you typed is kept and will be saved as soon as the database is back; you can also press Save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1 What you typed is kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::SchemaUpgradeDialog</name>
    <message>
        <source>FrontDesk — upgrade the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The database needs an upgrade from schema version %1 to %2&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;%1: %2&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The shared database &lt;b&gt;%1&lt;/b&gt; was set up by an older FrontDesk. FrontDesk %2 needs schema version %3 and cannot work with version %4.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Upgrade now&lt;/b&gt; applies these steps in order, each in its own transaction (a step that fails is undone, and the database stays at the last finished step). Records and messages are kept. Other desks wait for a few seconds while it runs.&lt;/p&gt;&lt;ul&gt;%5&lt;/ul&gt;&lt;p&gt;Afterwards, desks that still run an older FrontDesk refuse this database until they are updated. Make sure the server&apos;s backup is recent.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Not now&lt;/b&gt; changes nothing and closes FrontDesk on this desk.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Upgrade now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not now (quit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your database login may not change these tables, so it cannot upgrade them: %1. Ask IT to run &quot;frontdesk migrate&quot; with the login that owns them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upgrade stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgraded to schema version %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::SendingHealth</name>
    <message>
        <source>read the latest failures</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::SendingHealthPanel</name>
    <message>
        <source>Sending health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp Web:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number sends since:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last hour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warm-up:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last pause:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest failures:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the figures: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this desk does not send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known (only WA-JS can read it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (linked, as an administrator set it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the first message sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day %1 of %2: lower caps while the number is new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over: the number is warm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, in force: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2; resumed %3 by %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an administrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::SendingLimits</name>
    <message>
        <source>count today&apos;s messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the latest messages sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the daily limit of %1 messages is reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hourly limit of %1 messages is reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a pause after %1 messages in a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>find the first message sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the warm-up limit of %1 messages today is reached (a new number, day %2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the warm-up limit of %1 messages an hour is reached (a new number, day %2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::SendingOutlook</name>
    <message>
        <source>quiet hours until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>being sent now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scheduled for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to be tried again at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tomorrow %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due: goes with the next send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · the next goes at %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::SendingStation</name>
    <message>
        <source>Sending waits: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending through the WhatsApp Cloud API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud API: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending resumed on station %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station %1 was no longer paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This login may not send messages: ask IT or an admin to grant it the sender role</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::ServiceRequestsTab</name>
    <message>
        <source>New service request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warranty check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the service request (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show service requests with status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a request in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback link QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the job sheet (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Engineer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2, %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No engineers yet: an administrator adds them under Settings → Staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed on %1. No feedback link is set in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed on %1. Feedback link:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter the type of service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service request %1 created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 assigned to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 marked completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print job sheet %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign an engineer first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark %1 (%2) completed on %3?

The customer gets the “service completed” WhatsApp message with the feedback link at once. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Descr&amp;iption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sched&amp;uled:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sh&amp;ow:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mar&amp;k completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rint job sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mpleted on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All of the selected request; correct a typo (Enter on the row)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opted-out customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company &amp;phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tracking link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Feedback link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links must start with https:// or http:// and contain {ticket_id}, which is replaced by the service ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortest gap between messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest gap between messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages a day at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet hours start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet hours end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desk sends WhatsApp messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selector pack file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;For every desk&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random gap between messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Daily cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet hours (local time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;For this desk only&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp selector pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shortest gap (%1 s) is longer than the longest gap (%2 s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selector pack %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selector packs (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers&apos; message language a new form starts with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customers&apos; message &amp;language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check WhatsApp with a message to our own number before sending to customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the first customer message of a sending session, and after every selector-pack change, a short message goes to the business&apos;s own WhatsApp chat. If it does not arrive with its tick, the station pauses and no customer gets a message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The business&apos;s WhatsApp number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company phone, if it is a mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business&apos;s &amp;WhatsApp number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a number WhatsApp can take (the business&apos;s WhatsApp number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings were changed but not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages an hour at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages in a row before a pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no pauses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length of the pause between batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hourly cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pause of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic: WA-JS when it works on the page, else the DOM driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WA-JS only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DOM driver only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How this desk drives WhatsApp Web. WA-JS calls WhatsApp&apos;s own functions; the DOM driver works the page as a person would, with the selector pack. A change takes effect the next time someone signs in on this desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days a new number warms up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no warm-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A newly linked WhatsApp number starts at 50 messages a day and 20 an hour, and reaches the caps above after this many days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new WhatsApp number was linked: start its warm-up today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warm-up of a new number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The warm-up counts from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The warm-up counts from the first message ever sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WA-JS file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in (WA-JS %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose and check…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A newer wppconnect-wa.js (from the @wppconnect/wa-js package) for the weeks when WhatsApp changed faster than FrontDesk was updated. It is checked first; the built-in file stays the fallback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JavaScript (*.js);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desk uses the built-in WA-JS from the next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WA-JS %1 loads and reports its version: this desk uses it from the next sign-in (after Save).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not used: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::SingleInstance</name>
    <message>
        <source>Could not take the start-up lock %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not listen for later launches: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::StaffPhonesEditor</name>
    <message>
        <source>Staff phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff phone to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff phones never get a message. Users&apos; and engineers&apos; own phones are recognised without being listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::TemplateEditor</name>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placeholders: double-click to insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or press Enter to insert at the cursor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview with sample data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to shipped text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placeholders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your text (saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shipped text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. New messages use this text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shipped text is used again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::UserActionsPanel</name>
    <message>
        <source>Selected person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a person in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (&quot;%2&quot;, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (&quot;%2&quot;, %3) — disabled, cannot sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is disabled and cannot sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now works at reception.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 signs in with the new password from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disa&amp;ble</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change ro&amp;le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set new pa&amp;ssword</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends messages: on a one-desk database the desk sends, whoever signs in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends messages (administrators always may)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may send messages from now on (at the next sign-in).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may no longer send messages.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::UsersPage</name>
    <message>
        <source>Add a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile phone (staff, never messaged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On PostgreSQL each person gets a database login of their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People who can sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can now sign in as &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends messages: on a one-desk database the desk sends, whoever signs in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends messages (administrators always may)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::WhatsAppTab</name>
    <message>
        <source>WhatsApp state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take WhatsApp over from the other window, so this desk sends the messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check WhatsApp page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists which parts of the WhatsApp page FrontDesk finds and which it misses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp page check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp Web</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Sending a message now: please do not click or type in the WhatsApp page until it is done.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FrontDesk sends the customers&apos; messages through this page. While a message is being sent, leave the page alone: a click or a keystroke can interrupt it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the WhatsApp page ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selector pack: %1, version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume sending on station %1?

Do this after the selector pack (or FrontDesk) was updated and &quot;Check WhatsApp page&quot; finds everything. Messages marked &quot;may have been sent&quot; stay failed: look in each chat before retrying them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending is off on this desk (Settings, &quot;This desk sends WhatsApp messages&quot;). Tick it there to send from this desk again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WA-JS calls WhatsApp&apos;s own functions; the DOM driver works the page as a person would. Settings, &quot;WhatsApp engine&quot;, chooses for this desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending &amp;health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages this hour and today against the limits, the warm-up of a new number, the last pause and the latest failures.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::form</name>
    <message>
        <source>enter the customer&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::whatsapp::Engine</name>
    <message>
        <source>automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DOM driver</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::whatsapp::WaJsEngine</name>
    <message>
        <source>WA-JS is not in the page yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WA-JS has not found WhatsApp&apos;s modules on the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WA-JS is starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp Web is not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp blocked this account (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp restricted this account (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp signed this desk out (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WA-JS %1 is ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WA-JS did not load in the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WA-JS did not find WhatsApp&apos;s modules on this page</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>WA-JS did not report ready within %n second(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the page did not take the job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page stopped answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>no answer within %n second(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>not sent: WA-JS could not check the number (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WA-JS failed on this page: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a WhatsApp number (WA-JS found no account)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the station stopped before the message was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp could not send it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>may have been sent: WhatsApp&apos;s server did not confirm it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>may have been sent: WA-JS was sending it, then %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::whatsapp::WaJsFileCheck</name>
    <message>
        <source>%1 did not load within %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not load: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page that checks WA-JS did not load.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 loads but reports no version (window.WPP.version).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::whatsapp::WhatsAppSession</name>
    <message>
        <source>The WhatsApp address &quot;%1&quot; is not an http(s) URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the WhatsApp profile folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp Web could not be loaded from %1: %2. Trying again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp Web refuses this browser (user agent &quot;%1&quot;). Update FrontDesk or set a newer user agent in the selector pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the WhatsApp page is not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the WhatsApp page did not finish the step in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the WhatsApp page was reloaded during the step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the WhatsApp page stopped answering during the step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the WhatsApp page stopped answering for %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; loading WhatsApp Web again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the WhatsApp page&apos;s render process was ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the WhatsApp page&apos;s render process ended (status %1, exit code %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selector pack&apos;s user agent says Chrome %1, but this browser is Chromium %2, and the page can tell (by its features, and by the client hints where Qt gives them). Leave the user agent out of the pack unless WhatsApp refuses Chrome %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::whatsapp::WhatsAppWebSender</name>
    <message>
        <source>another message is being sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a WhatsApp number: &quot;%1&quot; has too few digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the message is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a WhatsApp number (WhatsApp said: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the chat did not open, neither by link nor by the /send address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the WhatsApp page gave no usable answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp was not ready again after loading the /send address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the station stopped before the page confirmed it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the station is stopping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>may have been sent: send was pressed, then %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the station stopped before the message was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent: %1 before send was pressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp could not send it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the chat did not open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>may have been sent: no confirmation on the page (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the station stopped before send was pressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>may have been sent: the station stopped before WhatsApp confirmed it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking whether WA-JS works on this page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WA-JS: not used (the DOM driver was chosen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WA-JS: not in the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WA-JS: %1, ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WA-JS: %1, not ready (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choosing (WA-JS or the DOM driver)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp shows a warning about this account: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp shows a warning about this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WA-JS file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WA-JS file: built-in (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp Web: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browser: Chromium %1 (QtWebEngine %2), user agent Chrome %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
