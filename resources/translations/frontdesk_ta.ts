<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ta_IN">
<context>
    <name>QObject</name>
    <message>
        <source>Wrong user name or password.</source>
        <translation>பயனர் பெயர் அல்லது கடவுச்சொல் தவறு.</translation>
    </message>
    <message>
        <source>The user &quot;%1&quot; is disabled. Ask an administrator to enable it again.</source>
        <translation>பயனர் &quot;%1&quot; முடக்கப்பட்டுள்ளார். மீண்டும் இயக்க நிர்வாகியைக் கேளுங்கள்.</translation>
    </message>
    <message>
        <source>read your FrontDesk role</source>
        <translation>உங்கள் FrontDesk பங்கைப் படிக்க</translation>
    </message>
    <message>
        <source>This database is not set up for FrontDesk logins yet (the roles frontdesk_admin and frontdesk_reception are missing): ask your administrator to run &quot;frontdesk migrate&quot;.</source>
        <translation>இந்தத் தரவுத்தளம் FrontDesk உள்நுழைவுக்கு இன்னும் தயாராகவில்லை (frontdesk_admin, frontdesk_reception பங்குகள் இல்லை): &quot;frontdesk migrate&quot; இயக்குமாறு நிர்வாகியைக் கேளுங்கள்.</translation>
    </message>
    <message>
        <source>The database login &quot;%1&quot; is not a FrontDesk user (it is in neither frontdesk_admin nor frontdesk_reception).</source>
        <translation>தரவுத்தள உள்நுழைவு &quot;%1&quot; ஒரு FrontDesk பயனர் அல்ல (frontdesk_admin, frontdesk_reception இரண்டிலும் இல்லை).</translation>
    </message>
    <message>
        <source>The password library could not start.</source>
        <translation>கடவுச்சொல் நூலகம் தொடங்கவில்லை.</translation>
    </message>
    <message>
        <source>Not enough memory to protect the password.</source>
        <translation>கடவுச்சொல்லைப் பாதுகாக்கப் போதுமான நினைவகம் இல்லை.</translation>
    </message>
    <message>
        <source>The password needs at least %1 characters.</source>
        <translation>கடவுச்சொல்லில் குறைந்தது %1 எழுத்துகள் வேண்டும்.</translation>
    </message>
    <message>
        <source>The password must not start or end with a space.</source>
        <translation>கடவுச்சொல் இடைவெளியுடன் தொடங்கவோ முடியவோ கூடாது.</translation>
    </message>
    <message>
        <source>open the database</source>
        <translation>தரவுத்தளத்தைத் திறக்க</translation>
    </message>
    <message>
        <source>The Qt SQLite driver (QSQLITE) is not installed.</source>
        <translation>Qt SQLite இயக்கி (QSQLITE) நிறுவப்படவில்லை.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 ஒரு கோப்புறை, தரவுத்தளக் கோப்பு அல்ல.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created for the database.</source>
        <translation>தரவுத்தளத்துக்கான கோப்புறை %1-ஐ உருவாக்க முடியவில்லை.</translation>
    </message>
    <message>
        <source>The Qt PostgreSQL driver (QPSQL) is not installed.</source>
        <translation>Qt PostgreSQL இயக்கி (QPSQL) நிறுவப்படவில்லை.</translation>
    </message>
    <message>
        <source>The SQLite URL &quot;%1&quot; is not valid: %2.</source>
        <translation>SQLite URL &quot;%1&quot; சரியில்லை: %2.</translation>
    </message>
    <message>
        <source>The SQLite URL &quot;%1&quot; names no file: %2.</source>
        <translation>SQLite URL &quot;%1&quot;-இல் கோப்பு எதுவும் இல்லை: %2.</translation>
    </message>
    <message>
        <source>The SQLite file name &quot;%1&quot; begins or ends with a space or tab.</source>
        <translation>SQLite கோப்புப் பெயர் &quot;%1&quot; இடைவெளி அல்லது தத்தலுடன் தொடங்குகிறது அல்லது முடிகிறது.</translation>
    </message>
    <message>
        <source>The %1 name &quot;%2&quot; is longer than PostgreSQL&apos;s limit of 63 bytes.</source>
        <translation>%1 பெயர் &quot;%2&quot; PostgreSQL-இன் 63 பைட் வரம்பை விட நீளமானது.</translation>
    </message>
    <message>
        <source>The %1 name in the PostgreSQL URL holds characters that are not text.</source>
        <translation>PostgreSQL URL-இல் %1 பெயரில் உரை அல்லாத எழுத்துகள் உள்ளன.</translation>
    </message>
    <message>
        <source>The PostgreSQL URL &quot;%1&quot; is not valid (%2): %3.</source>
        <translation>PostgreSQL URL &quot;%1&quot; சரியில்லை (%2): %3.</translation>
    </message>
    <message>
        <source>The PostgreSQL URL &quot;%1&quot; has port 0.</source>
        <translation>PostgreSQL URL &quot;%1&quot;-இல் போர்ட் 0 உள்ளது.</translation>
    </message>
    <message>
        <source>The PostgreSQL URL &quot;%1&quot; must name one database after the host: %2.</source>
        <translation>PostgreSQL URL &quot;%1&quot;-இல் ஹோஸ்டுக்குப் பின் ஒரே ஒரு தரவுத்தளப் பெயர் இருக்க வேண்டும்: %2.</translation>
    </message>
    <message>
        <source>The PostgreSQL URL &quot;%1&quot; names no user: %2.</source>
        <translation>PostgreSQL URL &quot;%1&quot;-இல் பயனர் இல்லை: %2.</translation>
    </message>
    <message>
        <source>database</source>
        <translation>தரவுத்தள</translation>
    </message>
    <message>
        <source>user</source>
        <translation>பயனர்</translation>
    </message>
    <message>
        <source>sslmode &quot;%1&quot; is not one of %2.</source>
        <translation>sslmode &quot;%1&quot; என்பது %2-இல் ஒன்றல்ல.</translation>
    </message>
    <message>
        <source>connect_timeout &quot;%1&quot; must be a number of seconds from 1 to 600.</source>
        <translation>connect_timeout &quot;%1&quot; என்பது 1 முதல் 600 வரையிலான விநாடிகளாக இருக்க வேண்டும்.</translation>
    </message>
    <message>
        <source>The PostgreSQL URL option &quot;%1&quot; is not known (known: sslmode, connect_timeout, application_name).</source>
        <translation>PostgreSQL URL விருப்பம் &quot;%1&quot; தெரியாதது (தெரிந்தவை: sslmode, connect_timeout, application_name).</translation>
    </message>
    <message>
        <source>No database URL was given: %1.</source>
        <translation>தரவுத்தள URL எதுவும் கொடுக்கப்படவில்லை: %1.</translation>
    </message>
    <message>
        <source>The database URL &quot;%1&quot; has the unknown kind &quot;%2&quot;: %3.</source>
        <translation>தரவுத்தள URL &quot;%1&quot;-இன் வகை &quot;%2&quot; தெரியாதது: %3.</translation>
    </message>
    <message>
        <source>SQLite %1</source>
        <translation>SQLite %1</translation>
    </message>
    <message>
        <source>PostgreSQL %1 on %2:%3</source>
        <translation>%2:%3-இல் PostgreSQL %1</translation>
    </message>
    <message>
        <source>release the migration lock</source>
        <translation>இடமாற்றப் பூட்டை விடுவிக்க</translation>
    </message>
    <message>
        <source>wait for another desk&apos;s database upgrade</source>
        <translation>மற்றொரு மேசையின் தரவுத்தள மேம்படுத்தலுக்காகக் காத்திருக்க</translation>
    </message>
    <message>
        <source>read the database&apos;s schema version</source>
        <translation>தரவுத்தளத்தின் ஸ்கீமா பதிப்பைப் படிக்க</translation>
    </message>
    <message>
        <source>The database was upgraded by a newer FrontDesk (schema version %1; this FrontDesk %2 knows up to %3). Install the newer FrontDesk on this desk.</source>
        <translation>தரவுத்தளம் புதிய FrontDesk-ஆல் மேம்படுத்தப்பட்டுள்ளது (ஸ்கீமா பதிப்பு %1; இந்த FrontDesk %2 பதிப்பு %3 வரை மட்டுமே அறியும்). இந்த மேசையில் புதிய FrontDesk-ஐ நிறுவுங்கள்.</translation>
    </message>
    <message>
        <source>create the schema version table</source>
        <translation>ஸ்கீமா பதிப்பு அட்டவணையை உருவாக்க</translation>
    </message>
    <message>
        <source>copy the database aside before upgrading it</source>
        <translation>மேம்படுத்தும் முன் தரவுத்தளத்தின் நகலைத் தனியே வைக்க</translation>
    </message>
    <message>
        <source>Migration %1 is missing from the program.</source>
        <translation>இடமாற்றம் %1 நிரலில் இல்லை.</translation>
    </message>
    <message>
        <source>upgrade the database to version %1 (%2)</source>
        <translation>தரவுத்தளத்தைப் பதிப்பு %1 (%2)-க்கு மேம்படுத்த</translation>
    </message>
    <message>
        <source>list the database&apos;s tables</source>
        <translation>தரவுத்தள அட்டவணைகளைப் பட்டியலிட</translation>
    </message>
    <message>
        <source>table %1</source>
        <translation>அட்டவணை %1</translation>
    </message>
    <message>
        <source>column %1.%2</source>
        <translation>நெடுவரிசை %1.%2</translation>
    </message>
    <message>
        <source>This user is disabled. Ask an administrator to enable it again.</source>
        <translation>இந்தப் பயனர் முடக்கப்பட்டுள்ளார். மீண்டும் இயக்க நிர்வாகியைக் கேளுங்கள்.</translation>
    </message>
    <message>
        <source>The PostgreSQL server refused the user name or password.</source>
        <translation>PostgreSQL சேவையகம் பயனர் பெயர் அல்லது கடவுச்சொல்லை ஏற்கவில்லை.</translation>
    </message>
    <message>
        <source>The PostgreSQL database does not exist on that server.</source>
        <translation>அந்தச் சேவையகத்தில் இந்த PostgreSQL தரவுத்தளம் இல்லை.</translation>
    </message>
    <message>
        <source>Your database role may not %1.</source>
        <translation>%1 உங்கள் தரவுத்தளப் பங்குக்கு அனுமதி இல்லை.</translation>
    </message>
    <message>
        <source>Could not %1: the record already exists.</source>
        <translation>%1 முடியவில்லை: இந்தப் பதிவு ஏற்கனவே உள்ளது.</translation>
    </message>
    <message>
        <source>Could not %1: the database is read-only.</source>
        <translation>%1 முடியவில்லை: தரவுத்தளம் படிக்க மட்டுமே.</translation>
    </message>
    <message>
        <source>The PostgreSQL server cannot be reached, so FrontDesk could not %1.</source>
        <translation>PostgreSQL சேவையகத்தை அணுக முடியவில்லை; அதனால் %1 முடியவில்லை.</translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <translation>%1 முடியவில்லை: %2</translation>
    </message>
    <message>
        <source>Could not %1: the database file cannot be written (the file, its folder or its disk is read-only). Nothing was changed. Make it writable again (or ask whoever looks after this computer), then try again.</source>
        <translation>%1 முடியவில்லை: தரவுத்தளக் கோப்பில் எழுத முடியாது (கோப்பு, அதன் கோப்புறை அல்லது அதன் வட்டு படிக்க மட்டுமே). எதுவும் மாற்றப்படவில்லை. அதை மீண்டும் எழுதக்கூடியதாக்குங்கள் (அல்லது இந்தக் கணினியைப் பராமரிப்பவரிடம் கேளுங்கள்), பிறகு மீண்டும் முயலுங்கள்.</translation>
    </message>
    <message>
        <source>Could not %1: the file is not a FrontDesk database or it is damaged.</source>
        <translation>%1 முடியவில்லை: இந்தக் கோப்பு FrontDesk தரவுத்தளம் அல்ல, அல்லது சேதமடைந்துள்ளது.</translation>
    </message>
    <message>
        <source>Could not %1: the database file cannot be opened.</source>
        <translation>%1 முடியவில்லை: தரவுத்தளக் கோப்பைத் திறக்க முடியவில்லை.</translation>
    </message>
    <message>
        <source>Could not %1: the database is busy in another program.</source>
        <translation>%1 முடியவில்லை: தரவுத்தளம் வேறொரு நிரலில் பயன்பாட்டில் உள்ளது.</translation>
    </message>
    <message>
        <source>Could not %1: the disk that holds the database is full. Nothing was changed. Free some space on it (delete or move files that are no longer needed), then try again.</source>
        <translation>%1 முடியவில்லை: தரவுத்தளம் உள்ள வட்டு நிரம்பிவிட்டது. எதுவும் மாற்றப்படவில்லை. அதில் கொஞ்சம் இடத்தை விடுவியுங்கள் (இனி தேவையில்லாத கோப்புகளை நீக்குங்கள் அல்லது வேறு இடத்திற்கு நகர்த்துங்கள்), பிறகு மீண்டும் முயலுங்கள்.</translation>
    </message>
    <message>
        <source>Could not %1: the file is not a database.</source>
        <translation>%1 முடியவில்லை: இந்தக் கோப்பு ஒரு தரவுத்தளம் அல்ல.</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>எண்</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>உருவாக்கப்பட்டது</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>நிகழ்வு</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>நிலை</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>வாடிக்கையாளர்</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>தொலைபேசி</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>மொழி</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>மறு முயற்சிகள்</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>அனுப்பப்பட்டது</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>சென்றடைந்தது</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>படிக்கப்பட்டது</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>அனுப்பும் வழி</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>நிலையம்</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>பிழை</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>செய்தி</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1-இல் எழுத முடியவில்லை: %2</translation>
    </message>
    <message>
        <source>read the message log</source>
        <translation>செய்திப் பதிவைப் படிக்க</translation>
    </message>
    <message>
        <source>Message %1 does not exist.</source>
        <translation>செய்தி %1 இல்லை.</translation>
    </message>
    <message>
        <source>read the message&apos;s attempts</source>
        <translation>செய்தியின் முயற்சிகளைப் படிக்க</translation>
    </message>
    <message>
        <source>read the opted-out customers</source>
        <translation>செய்திகளை வேண்டாம் என்ற வாடிக்கையாளர்களைப் படிக்க</translation>
    </message>
    <message>
        <source>opt the customers out</source>
        <translation>வாடிக்கையாளர்களுக்குச் செய்திகளை நிறுத்த</translation>
    </message>
    <message>
        <source>save the customer</source>
        <translation>வாடிக்கையாளரைச் சேமிக்க</translation>
    </message>
    <message>
        <source>Could not save the customer.</source>
        <translation>வாடிக்கையாளரைச் சேமிக்க முடியவில்லை.</translation>
    </message>
    <message>
        <source>change the customer&apos;s WhatsApp consent</source>
        <translation>வாடிக்கையாளரின் WhatsApp ஒப்புதலை மாற்ற</translation>
    </message>
    <message>
        <source>read the customer&apos;s WhatsApp consent</source>
        <translation>வாடிக்கையாளரின் WhatsApp ஒப்புதலைப் படிக்க</translation>
    </message>
    <message>
        <source>Name the item to deliver.</source>
        <translation>டெலிவரி செய்ய வேண்டிய பொருளைக் குறிப்பிடுங்கள்.</translation>
    </message>
    <message>
        <source>The quantity must be at least 1.</source>
        <translation>அளவு குறைந்தது 1 ஆக இருக்க வேண்டும்.</translation>
    </message>
    <message>
        <source>save the delivery</source>
        <translation>டெலிவரியைச் சேமிக்க</translation>
    </message>
    <message>
        <source>read the delivery</source>
        <translation>டெலிவரியைப் படிக்க</translation>
    </message>
    <message>
        <source>Delivery %1 does not exist.</source>
        <translation>டெலிவரி %1 இல்லை.</translation>
    </message>
    <message>
        <source>list the deliveries</source>
        <translation>டெலிவரிப் பட்டியலைப் படிக்க</translation>
    </message>
    <message>
        <source>A delivery cannot be set back to pending.</source>
        <translation>டெலிவரியை மீண்டும் நிலுவைக்கு மாற்ற முடியாது.</translation>
    </message>
    <message>
        <source>Delivery %1 was already delivered; its status cannot change.</source>
        <translation>டெலிவரி %1 ஏற்கனவே முடிந்தது; அதன் நிலையை மாற்ற முடியாது.</translation>
    </message>
    <message>
        <source>Give the new delivery date for the re-attempt.</source>
        <translation>மறு முயற்சிக்கான புதிய டெலிவரி தேதியைக் கொடுங்கள்.</translation>
    </message>
    <message>
        <source>change the delivery status</source>
        <translation>டெலிவரி நிலையை மாற்ற</translation>
    </message>
    <message>
        <source>read the engineers</source>
        <translation>பொறியாளர்களைப் படிக்க</translation>
    </message>
    <message>
        <source>Enter the engineer&apos;s name.</source>
        <translation>பொறியாளரின் பெயரை உள்ளிடுங்கள்.</translation>
    </message>
    <message>
        <source>save the engineer</source>
        <translation>பொறியாளரைச் சேமிக்க</translation>
    </message>
    <message>
        <source>save the enquiry</source>
        <translation>விசாரணையைச் சேமிக்க</translation>
    </message>
    <message>
        <source>read the enquiry</source>
        <translation>விசாரணையைப் படிக்க</translation>
    </message>
    <message>
        <source>Enquiry %1 does not exist.</source>
        <translation>விசாரணை %1 இல்லை.</translation>
    </message>
    <message>
        <source>search the enquiries</source>
        <translation>விசாரணைகளைத் தேட</translation>
    </message>
    <message>
        <source>count the waiting and failed messages</source>
        <translation>காத்திருக்கும், தோல்வியடைந்த செய்திகளை எண்ண</translation>
    </message>
    <message>
        <source>log the WhatsApp message</source>
        <translation>WhatsApp செய்தியைப் பதிவு செய்ய</translation>
    </message>
    <message>
        <source>save the service request</source>
        <translation>சேவைக் கோரிக்கையைச் சேமிக்க</translation>
    </message>
    <message>
        <source>read the service request</source>
        <translation>சேவைக் கோரிக்கையைப் படிக்க</translation>
    </message>
    <message>
        <source>Service request %1 does not exist.</source>
        <translation>சேவைக் கோரிக்கை %1 இல்லை.</translation>
    </message>
    <message>
        <source>list the service requests</source>
        <translation>சேவைக் கோரிக்கைப் பட்டியலைப் படிக்க</translation>
    </message>
    <message>
        <source>Service request %1 is already %2; it cannot be assigned.</source>
        <translation>சேவைக் கோரிக்கை %1 ஏற்கனவே %2; அதை ஒதுக்க முடியாது.</translation>
    </message>
    <message>
        <source>Choose the engineer to assign.</source>
        <translation>ஒதுக்க வேண்டிய பொறியாளரைத் தேர்ந்தெடுங்கள்.</translation>
    </message>
    <message>
        <source>assign the engineer</source>
        <translation>பொறியாளரை ஒதுக்க</translation>
    </message>
    <message>
        <source>Service request %1 was cancelled; it cannot be completed.</source>
        <translation>சேவைக் கோரிக்கை %1 ரத்து செய்யப்பட்டது; அதை முடிக்க முடியாது.</translation>
    </message>
    <message>
        <source>Give the date the service was completed.</source>
        <translation>சேவை முடிந்த தேதியைக் கொடுங்கள்.</translation>
    </message>
    <message>
        <source>mark the service request completed</source>
        <translation>சேவைக் கோரிக்கையை முடிந்ததாகக் குறிக்க</translation>
    </message>
    <message>
        <source>read the setting %1</source>
        <translation>அமைப்பு %1-ஐப் படிக்க</translation>
    </message>
    <message>
        <source>save the setting %1</source>
        <translation>அமைப்பு %1-ஐச் சேமிக்க</translation>
    </message>
    <message>
        <source>remove the setting %1</source>
        <translation>அமைப்பு %1-ஐ நீக்க</translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation>பயனர் பெயரை உள்ளிடுங்கள்.</translation>
    </message>
    <message>
        <source>A user name starts with a letter and has only letters a–z, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; (at most 63).</source>
        <translation>பயனர் பெயர் ஓர் எழுத்தில் தொடங்கி, a–z எழுத்துகள், இலக்கங்கள், &apos;.&apos;, &apos;_&apos; அல்லது &apos;-&apos; மட்டுமே கொண்டிருக்கும் (அதிகபட்சம் 63).</translation>
    </message>
    <message>
        <source>User names starting with &quot;pg_&quot; or &quot;frontdesk_&quot; are reserved.</source>
        <translation>&quot;pg_&quot; அல்லது &quot;frontdesk_&quot; எனத் தொடங்கும் பயனர் பெயர்கள் ஒதுக்கப்பட்டவை.</translation>
    </message>
    <message>
        <source>create the database login &quot;%1&quot;</source>
        <translation>தரவுத்தள உள்நுழைவு &quot;%1&quot;-ஐ உருவாக்க</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation>நபரின் பெயரை உள்ளிடுங்கள்.</translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; is taken.</source>
        <translation>பயனர் பெயர் &quot;%1&quot; ஏற்கனவே பயன்பாட்டில் உள்ளது.</translation>
    </message>
    <message>
        <source>save the user &quot;%1&quot;</source>
        <translation>பயனர் &quot;%1&quot;-ஐச் சேமிக்க</translation>
    </message>
    <message>
        <source>read the users</source>
        <translation>பயனர்களைப் படிக்க</translation>
    </message>
    <message>
        <source>read the user</source>
        <translation>பயனரைப் படிக்க</translation>
    </message>
    <message>
        <source>count the users</source>
        <translation>பயனர்களை எண்ண</translation>
    </message>
    <message>
        <source>record the login</source>
        <translation>உள்நுழைவைப் பதிவு செய்ய</translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; என்ற பயனர் இல்லை.</translation>
    </message>
    <message>
        <source>You cannot disable yourself: another administrator has to do it.</source>
        <translation>உங்களை நீங்களே முடக்க முடியாது: வேறொரு நிர்வாகி அதைச் செய்ய வேண்டும்.</translation>
    </message>
    <message>
        <source>You cannot take away your own administrator role: another administrator has to do it.</source>
        <translation>உங்கள் நிர்வாகிப் பங்கை நீங்களே நீக்க முடியாது: வேறொரு நிர்வாகி அதைச் செய்ய வேண்டும்.</translation>
    </message>
    <message>
        <source>count the administrators</source>
        <translation>நிர்வாகிகளை எண்ண</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the last active administrator: make someone else an administrator first.</source>
        <translation>&quot;%1&quot; கடைசி செயலில் உள்ள நிர்வாகி: முதலில் வேறொருவரை நிர்வாகி ஆக்குங்கள்.</translation>
    </message>
    <message>
        <source>enable the user &quot;%1&quot;</source>
        <translation>பயனர் &quot;%1&quot;-ஐ இயக்க</translation>
    </message>
    <message>
        <source>disable the user &quot;%1&quot;</source>
        <translation>பயனர் &quot;%1&quot;-ஐ முடக்க</translation>
    </message>
    <message>
        <source>change the role of &quot;%1&quot;</source>
        <translation>&quot;%1&quot;-இன் பங்கை மாற்ற</translation>
    </message>
    <message>
        <source>set a new password for &quot;%1&quot;</source>
        <translation>&quot;%1&quot;-க்குப் புதிய கடவுச்சொல் அமைக்க</translation>
    </message>
    <message>
        <source>The message has no value for the template parameter &quot;%1&quot;.</source>
        <translation>செய்தியில் வார்ப்புரு அளவுரு &quot;%1&quot;-க்கு மதிப்பு இல்லை.</translation>
    </message>
    <message>
        <source>The message has no value for the link button (&quot;%1&quot;).</source>
        <translation>செய்தியில் இணைப்புப் பொத்தானுக்கு (&quot;%1&quot;) மதிப்பு இல்லை.</translation>
    </message>
    <message>
        <source>not a WhatsApp number (or the message could not be delivered)</source>
        <translation>WhatsApp எண் அல்ல (அல்லது செய்தியைச் சென்றடையச் செய்ய முடியவில்லை)</translation>
    </message>
    <message>
        <source>WhatsApp allows only approved templates outside 24 hours after the customer&apos;s last message</source>
        <translation>வாடிக்கையாளரின் கடைசிச் செய்திக்குப் பின் 24 மணி நேரம் கடந்தால் WhatsApp அங்கீகரிக்கப்பட்ட வார்ப்புருக்களை மட்டுமே அனுமதிக்கும்</translation>
    </message>
    <message>
        <source>the customer stopped marketing messages</source>
        <translation>வாடிக்கையாளர் சந்தைப்படுத்தல் செய்திகளை நிறுத்தியுள்ளார்</translation>
    </message>
    <message>
        <source>WhatsApp&apos;s sending rate limit was reached</source>
        <translation>WhatsApp-இன் அனுப்பும் வேக வரம்பு எட்டப்பட்டது</translation>
    </message>
    <message>
        <source>too many messages to this customer in a short time</source>
        <translation>குறுகிய நேரத்தில் இந்த வாடிக்கையாளருக்கு மிக அதிகமான செய்திகள்</translation>
    </message>
    <message>
        <source>the Cloud API access token was rejected: an administrator must enter a new one</source>
        <translation>Cloud API அணுகல் டோக்கன் நிராகரிக்கப்பட்டது: நிர்வாகி புதிய டோக்கனை உள்ளிட வேண்டும்</translation>
    </message>
    <message>
        <source>the approved WhatsApp template is missing or its parameters do not match</source>
        <translation>அங்கீகரிக்கப்பட்ட WhatsApp வார்ப்புரு இல்லை, அல்லது அதன் அளவுருக்கள் பொருந்தவில்லை</translation>
    </message>
    <message>
        <source>the WhatsApp Cloud API could not be reached: %1</source>
        <translation>WhatsApp Cloud API-ஐ அணுக முடியவில்லை: %1</translation>
    </message>
    <message>
        <source>the WhatsApp Cloud API gave an answer without a message id (HTTP %1)</source>
        <translation>WhatsApp Cloud API தந்த பதிலில் செய்தி id இல்லை (HTTP %1)</translation>
    </message>
    <message>
        <source>the WhatsApp Cloud API refused the message (HTTP %1)</source>
        <translation>WhatsApp Cloud API செய்தியை ஏற்கவில்லை (HTTP %1)</translation>
    </message>
    <message>
        <source>sent %1, failed %2, skipped %3, left %4</source>
        <translation>அனுப்பியவை %1, தோல்வி %2, தவிர்த்தவை %3, மீதம் %4</translation>
    </message>
    <message>
        <source>take the next WhatsApp message</source>
        <translation>அடுத்த WhatsApp செய்தியை எடுக்க</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(தெரியாதது)</translation>
    </message>
    <message>
        <source>this station stopped while sending; checking the chat before resending</source>
        <translation>அனுப்பும்போது இந்த நிலையம் நின்றது; மீண்டும் அனுப்பும் முன் உரையாடல் சரிபார்க்கப்படுகிறது</translation>
    </message>
    <message>
        <source>record the WhatsApp message&apos;s outcome</source>
        <translation>WhatsApp செய்தியின் முடிவைப் பதிவு செய்ய</translation>
    </message>
    <message>
        <source>Message %1 is no longer claimed by this station.</source>
        <translation>செய்தி %1 இனி இந்த நிலையத்தின் கோரலில் இல்லை.</translation>
    </message>
    <message>
        <source>read the message&apos;s retries</source>
        <translation>செய்தியின் மறு முயற்சிகளைப் படிக்க</translation>
    </message>
    <message>
        <source>%1 (gave up after %2 automatic retries)</source>
        <translation>%1 (%2 தானியங்கி மறு முயற்சிகளுக்குப் பின் கைவிடப்பட்டது)</translation>
    </message>
    <message>
        <source>the sender was not ready</source>
        <translation>அனுப்புநர் தயாராக இல்லை</translation>
    </message>
    <message>
        <source>record the message&apos;s delivery tick</source>
        <translation>செய்தியின் சென்றடைந்த டிக்கைப் பதிவு செய்ய</translation>
    </message>
    <message>
        <source>count the waiting messages</source>
        <translation>காத்திருக்கும் செய்திகளை எண்ண</translation>
    </message>
    <message>
        <source>Only an administrator may retry messages.</source>
        <translation>நிர்வாகி மட்டுமே செய்திகளை மீண்டும் அனுப்ப முடியும்.</translation>
    </message>
    <message>
        <source>retry the messages</source>
        <translation>செய்திகளை மீண்டும் அனுப்ப</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s name.</source>
        <translation>வாடிக்கையாளரின் பெயரை உள்ளிடுங்கள்.</translation>
    </message>
    <message>
        <source>Enter the type of service.</source>
        <translation>சேவையின் வகையை உள்ளிடுங்கள்.</translation>
    </message>
    <message>
        <source>Enter the expected service date.</source>
        <translation>எதிர்பார்க்கும் சேவைத் தேதியை உள்ளிடுங்கள்.</translation>
    </message>
    <message>
        <source>complete the service request</source>
        <translation>சேவைக் கோரிக்கையை முடிக்க</translation>
    </message>
    <message>
        <source>mark the WhatsApp message as queued</source>
        <translation>WhatsApp செய்தியை வரிசையில் உள்ளதாகக் குறிக்க</translation>
    </message>
    <message>
        <source>queue the WhatsApp message</source>
        <translation>WhatsApp செய்தியை வரிசையில் சேர்க்க</translation>
    </message>
    <message>
        <source>WhatsApp message queued.</source>
        <translation>WhatsApp செய்தி வரிசையில் சேர்க்கப்பட்டது.</translation>
    </message>
    <message>
        <source>WhatsApp message not sent: %1.</source>
        <translation>WhatsApp செய்தி அனுப்பப்படவில்லை: %1.</translation>
    </message>
    <message>
        <source>WhatsApp message not sent: staff number.</source>
        <translation>WhatsApp செய்தி அனுப்பப்படவில்லை: ஊழியர் எண்.</translation>
    </message>
    <message>
        <source>Saved. The customer already had this WhatsApp message, so none was sent again.</source>
        <translation>சேமிக்கப்பட்டது. வாடிக்கையாளருக்கு இந்த WhatsApp செய்தி ஏற்கனவே சென்றுவிட்டதால் மீண்டும் அனுப்பப்படவில்லை.</translation>
    </message>
    <message>
        <source>WhatsApp message could not be prepared: %1.</source>
        <translation>WhatsApp செய்தியைத் தயாரிக்க முடியவில்லை: %1.</translation>
    </message>
    <message>
        <source>read the staff phone numbers</source>
        <translation>ஊழியர் தொலைபேசி எண்களைப் படிக்க</translation>
    </message>
    <message>
        <source>staff number</source>
        <translation>ஊழியர் எண்</translation>
    </message>
    <message>
        <source>customer opted out</source>
        <translation>வாடிக்கையாளர் செய்திகளை வேண்டாம் என்றுள்ளார்</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s phone number.</source>
        <translation>வாடிக்கையாளரின் தொலைபேசி எண்ணை உள்ளிடுங்கள்.</translation>
    </message>
    <message>
        <source>A phone number has only digits, spaces and + ( ) - .</source>
        <translation>தொலைபேசி எண்ணில் இலக்கங்கள், இடைவெளி மற்றும் + ( ) - மட்டுமே இருக்கும்.</translation>
    </message>
    <message>
        <source>The number is too short.</source>
        <translation>எண் மிகக் குறுகியது.</translation>
    </message>
    <message>
        <source>The number is too long.</source>
        <translation>எண் மிக நீளமானது.</translation>
    </message>
    <message>
        <source>The country code is not valid.</source>
        <translation>நாட்டுக் குறியீடு சரியில்லை.</translation>
    </message>
    <message>
        <source>This is not a phone number.</source>
        <translation>இது தொலைபேசி எண் அல்ல.</translation>
    </message>
    <message>
        <source>The number is too short: an Indian mobile number has 10 digits.</source>
        <translation>எண் மிகக் குறுகியது: இந்திய மொபைல் எண்ணில் 10 இலக்கங்கள் உள்ளன.</translation>
    </message>
    <message>
        <source>The number is too long: an Indian mobile number has 10 digits.</source>
        <translation>எண் மிக நீளமானது: இந்திய மொபைல் எண்ணில் 10 இலக்கங்கள் உள்ளன.</translation>
    </message>
    <message>
        <source>This number does not exist: check the digits.</source>
        <translation>இந்த எண் இல்லை: இலக்கங்களைச் சரிபாருங்கள்.</translation>
    </message>
    <message>
        <source>numbers from %1 are not messaged</source>
        <translation>%1 எண்களுக்குச் செய்திகள் அனுப்பப்படுவதில்லை</translation>
    </message>
    <message>
        <source>that country</source>
        <translation>அந்த நாட்டின்</translation>
    </message>
    <message>
        <source>landline</source>
        <translation>லேண்ட்லைன்</translation>
    </message>
    <message>
        <source>toll-free number</source>
        <translation>கட்டணமில்லா எண்</translation>
    </message>
    <message>
        <source>not a mobile number</source>
        <translation>மொபைல் எண் அல்ல</translation>
    </message>
    <message>
        <source>No keychain is available on this computer (no Secret Service is running), so the password is not stored: it will be asked for each time.</source>
        <translation>இந்தக் கணினியில் கீசெயின் இல்லை (Secret Service இயங்கவில்லை); அதனால் கடவுச்சொல் சேமிக்கப்படவில்லை: ஒவ்வொரு முறையும் கேட்கப்படும்.</translation>
    </message>
    <message>
        <source>The keychain refused access, so the password is not stored: it will be asked for each time.</source>
        <translation>கீசெயின் அணுகலை மறுத்தது; அதனால் கடவுச்சொல் சேமிக்கப்படவில்லை: ஒவ்வொரு முறையும் கேட்கப்படும்.</translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation>கீசெயின் தோல்வியடைந்தது: %1</translation>
    </message>
    <message>
        <source>read the settings</source>
        <translation>அமைப்புகளைப் படிக்க</translation>
    </message>
    <message>
        <source>A &quot;{&quot; is never closed; write {{ for a brace in the text.</source>
        <translation>ஒரு &quot;{&quot; மூடப்படவில்லை; உரையில் அடைப்புக்குறிக்கு {{ என்று எழுதுங்கள்.</translation>
    </message>
    <message>
        <source>&quot;{%1}&quot; is not a placeholder; write {{ and }} for braces in the text.</source>
        <translation>&quot;{%1}&quot; ஒரு இடம்பிடி அல்ல; உரையில் அடைப்புக்குறிகளுக்கு {{ மற்றும் }} என்று எழுதுங்கள்.</translation>
    </message>
    <message>
        <source>A &quot;}&quot; has no &quot;{&quot;; write }} for a brace in the text.</source>
        <translation>ஒரு &quot;}&quot;-க்கு &quot;{&quot; இல்லை; உரையில் அடைப்புக்குறிக்கு }} என்று எழுதுங்கள்.</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>செய்தி காலியாக உள்ளது.</translation>
    </message>
    <message>
        <source>Unknown placeholder {%1}. This message may use: %2.</source>
        <translation>தெரியாத இடம்பிடி {%1}. இந்தச் செய்தி பயன்படுத்தக்கூடியவை: %2.</translation>
    </message>
    <message>
        <source>No value for {%1}</source>
        <translation>{%1}-க்கு மதிப்பு இல்லை</translation>
    </message>
    <message>
        <source>The link &quot;%1&quot; must start with https:// or http://.</source>
        <translation>இணைப்பு &quot;%1&quot; https:// அல்லது http:// எனத் தொடங்க வேண்டும்.</translation>
    </message>
    <message>
        <source>The link &quot;%1&quot; must contain {ticket_id}.</source>
        <translation>இணைப்பு &quot;%1&quot;-இல் {ticket_id} இருக்க வேண்டும்.</translation>
    </message>
    <message>
        <source>The link &quot;%1&quot; is not a valid web address.</source>
        <translation>இணைப்பு &quot;%1&quot; சரியான இணைய முகவரி அல்ல.</translation>
    </message>
    <message>
        <source>Cannot create the WhatsApp profile folder %1.</source>
        <translation>WhatsApp சுயவிவரக் கோப்புறை %1-ஐ உருவாக்க முடியவில்லை.</translation>
    </message>
    <message>
        <source>The WhatsApp profile is in use by another FrontDesk (process %1 on %2); only one program per computer may send through it. Close that one first.</source>
        <translation>WhatsApp சுயவிவரம் வேறொரு FrontDesk பயன்பாட்டில் உள்ளது (%2-இல் செயல்முறை %1); ஒரு கணினியில் ஒரே ஒரு நிரல் மட்டுமே அதன் வழியாக அனுப்பலாம். முதலில் அதை மூடுங்கள்.</translation>
    </message>
    <message>
        <source>The WhatsApp profile is in use by another FrontDesk; only one program per computer may send through it.</source>
        <translation>WhatsApp சுயவிவரம் வேறொரு FrontDesk பயன்பாட்டில் உள்ளது; ஒரு கணினியில் ஒரே ஒரு நிரல் மட்டுமே அதன் வழியாக அனுப்பலாம்.</translation>
    </message>
    <message>
        <source>Cannot lock the WhatsApp profile: %1 is not writable.</source>
        <translation>WhatsApp சுயவிவரத்தைப் பூட்ட முடியவில்லை: %1-இல் எழுத முடியாது.</translation>
    </message>
    <message>
        <source>The WhatsApp selector pack %1 is not usable: %2.</source>
        <translation>WhatsApp தேர்வி தொகுப்பு %1 பயன்படுத்தத் தகுந்ததல்ல: %2.</translation>
    </message>
    <message>
        <source>Cannot read the WhatsApp selector pack %1: %2.</source>
        <translation>WhatsApp தேர்வி தொகுப்பு %1-ஐப் படிக்க முடியவில்லை: %2.</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>உள்ளமைந்தது</translation>
    </message>
    <message>
        <source>JSON error at offset %1: %2</source>
        <translation>ஆஃப்செட் %1-இல் JSON பிழை: %2</translation>
    </message>
    <message>
        <source>&quot;format&quot; must be &quot;frontdesk-whatsapp-selectors&quot;</source>
        <translation>&quot;format&quot; என்பது &quot;frontdesk-whatsapp-selectors&quot; ஆக இருக்க வேண்டும்</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be a number from 1</source>
        <translation>&quot;version&quot; 1 அல்லது அதற்கு மேற்பட்ட எண்ணாக இருக்க வேண்டும்</translation>
    </message>
    <message>
        <source>the landmark &quot;%1&quot; has no selectors</source>
        <translation>அடையாளம் &quot;%1&quot;-க்குத் தேர்விகள் இல்லை</translation>
    </message>
    <message>
        <source>a selector of &quot;%1&quot; is neither a CSS text nor {&quot;css&quot;, &quot;text&quot;}</source>
        <translation>&quot;%1&quot;-இன் ஒரு தேர்வி CSS உரையும் அல்ல, {&quot;css&quot;, &quot;text&quot;} உம் அல்ல</translation>
    </message>
    <message>
        <source>&quot;texts.invalidNumber&quot; lists no wording</source>
        <translation>&quot;texts.invalidNumber&quot;-இல் சொற்கள் எதுவும் இல்லை</translation>
    </message>
    <message>
        <source>the tick &quot;%1&quot; has no level number</source>
        <translation>டிக் &quot;%1&quot;-க்கு நிலை எண் இல்லை</translation>
    </message>
    <message>
        <source>&quot;ticks&quot; has no icon for a sent message (level 1 or more)</source>
        <translation>&quot;ticks&quot;-இல் அனுப்பிய செய்திக்கான சின்னம் இல்லை (நிலை 1 அல்லது அதற்கு மேல்)</translation>
    </message>
    <message>
        <source>each &quot;formatting&quot; entry needs &quot;css&quot; and &quot;marker&quot;</source>
        <translation>ஒவ்வொரு &quot;formatting&quot; பதிவிலும் &quot;css&quot;, &quot;marker&quot; இரண்டும் தேவை</translation>
    </message>
    <message>
        <source>The WhatsApp page did not answer: it is still loading, or it shows an error page.</source>
        <translation>WhatsApp பக்கம் பதிலளிக்கவில்லை: அது இன்னும் ஏற்றப்படுகிறது, அல்லது பிழைப் பக்கத்தைக் காட்டுகிறது.</translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <translation>  %1: %2</translation>
    </message>
    <message>
        <source>Page state: %1</source>
        <translation>பக்க நிலை: %1</translation>
    </message>
    <message>
        <source>Found (%1):</source>
        <translation>கண்டவை (%1):</translation>
    </message>
    <message>
        <source>Missing: none</source>
        <translation>காணாதவை: எதுவுமில்லை</translation>
    </message>
    <message>
        <source>MISSING (%1): %2 - the selector pack needs an update</source>
        <translation>காணவில்லை (%1): %2 - தேர்வி தொகுப்பைப் புதுப்பிக்க வேண்டும்</translation>
    </message>
    <message>
        <source>Not on this screen (%1): %2 - open a chat and check again to test the chat&apos;s parts</source>
        <translation>இந்தத் திரையில் இல்லை (%1): %2 - உரையாடலின் பகுதிகளைச் சோதிக்க ஓர் உரையாடலைத் திறந்து மீண்டும் சரிபாருங்கள்</translation>
    </message>
    <message>
        <source>WhatsApp Web is loading.</source>
        <translation>WhatsApp Web ஏற்றப்படுகிறது.</translation>
    </message>
    <message>
        <source>WhatsApp Web is logged out: scan the QR code with the business phone (WhatsApp &gt; Linked devices).</source>
        <translation>WhatsApp Web வெளியேறியுள்ளது: வணிகத் தொலைபேசியில் QR குறியீட்டை ஸ்கேன் செய்யுங்கள் (WhatsApp &gt; Linked devices).</translation>
    </message>
    <message>
        <source>WhatsApp Web is loading the chats.</source>
        <translation>WhatsApp Web உரையாடல்களை ஏற்றுகிறது.</translation>
    </message>
    <message>
        <source>WhatsApp Web is ready.</source>
        <translation>WhatsApp Web தயார்.</translation>
    </message>
    <message>
        <source>WhatsApp Web is offline: check the internet connection and the phone.</source>
        <translation>WhatsApp Web இணைப்பில் இல்லை: இணைய இணைப்பையும் தொலைபேசியையும் சரிபாருங்கள்.</translation>
    </message>
    <message>
        <source>WhatsApp Web refuses this browser version.</source>
        <translation>WhatsApp Web இந்த உலாவிப் பதிப்பை ஏற்கவில்லை.</translation>
    </message>
    <message>
        <source>WhatsApp is open in another window: choose &quot;Use here&quot; to send from this desk.</source>
        <translation>WhatsApp வேறொரு சாளரத்தில் திறந்துள்ளது: இந்த மேசையிலிருந்து அனுப்ப &quot;இங்கே பயன்படுத்து&quot; என்பதைத் தேர்ந்தெடுங்கள்.</translation>
    </message>
    <message>
        <source>WhatsApp Web cannot be used.</source>
        <translation>WhatsApp Web-ஐப் பயன்படுத்த முடியவில்லை.</translation>
    </message>
    <message>
        <source>save how messages are sent</source>
        <translation>செய்தி அனுப்பும் முறையைச் சேமிக்க</translation>
    </message>
    <message>
        <source>opt the customers in</source>
        <translation>வாடிக்கையாளர்களுக்குச் செய்திகளை மீண்டும் தொடங்க</translation>
    </message>
    <message>
        <source>save the settings</source>
        <translation>அமைப்புகளைச் சேமிக்க</translation>
    </message>
    <message>
        <source>ask the server&apos;s version</source>
        <translation>சேவையகத்தின் பதிப்பைக் கேட்க</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>பிழை: %1</translation>
    </message>
    <message>
        <source>  (%1)</source>
        <translation>  (%1)</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>தரவுத்தளம்: %1</translation>
    </message>
    <message>
        <source>Copied the database to %1 before upgrading it.</source>
        <translation>மேம்படுத்தும் முன் தரவுத்தளம் %1-க்கு நகலெடுக்கப்பட்டது.</translation>
    </message>
    <message>
        <source>Schema version: %1 (upgraded from %2)</source>
        <translation>ஸ்கீமா பதிப்பு: %1 (%2-இலிருந்து மேம்படுத்தப்பட்டது)</translation>
    </message>
    <message>
        <source>Schema version: %1 (already up to date)</source>
        <translation>ஸ்கீமா பதிப்பு: %1 (ஏற்கனவே சமீபத்தியது)</translation>
    </message>
    <message>
        <source>Database: %1 (from %2)</source>
        <translation>தரவுத்தளம்: %1 (%2 இலிருந்து)</translation>
    </message>
    <message>
        <source>Reachable: no</source>
        <translation>அணுக முடிகிறது: இல்லை</translation>
    </message>
    <message>
        <source>Reachable: yes</source>
        <translation>அணுக முடிகிறது: ஆம்</translation>
    </message>
    <message>
        <source>Schema version: %1 (this FrontDesk: %2)</source>
        <translation>ஸ்கீமா பதிப்பு: %1 (இந்த FrontDesk: %2)</translation>
    </message>
    <message>
        <source>Missing: nothing</source>
        <translation>கிடைக்காதது: எதுவுமில்லை</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>கிடைக்காதது: %1</translation>
    </message>
    <message>
        <source>error: the database was upgraded by a newer FrontDesk; install the newer FrontDesk.</source>
        <translation>பிழை: தரவுத்தளம் புதிய FrontDesk-ஆல் மேம்படுத்தப்பட்டுள்ளது; புதிய FrontDesk-ஐ நிறுவுங்கள்.</translation>
    </message>
    <message>
        <source>The database needs an upgrade: run &quot;frontdesk migrate&quot;.</source>
        <translation>தரவுத்தளத்தை மேம்படுத்த வேண்டும்: &quot;frontdesk migrate&quot; இயக்குங்கள்.</translation>
    </message>
    <message>
        <source>Status: ready</source>
        <translation>நிலை: தயார்</translation>
    </message>
    <message>
        <source>--pace-ms takes MIN or MIN,MAX in milliseconds (0 or more, MAX not below MIN), not &quot;%1&quot;.</source>
        <translation>--pace-ms-க்கு மில்லிவினாடிகளில் MIN அல்லது MIN,MAX கொடுக்கவும் (0 அல்லது அதற்கு மேல், MAX, MIN-ஐ விடக் குறையக்கூடாது), &quot;%1&quot; அல்ல.</translation>
    </message>
    <message>
        <source>--whatsapp-url needs an http(s) address such as https://web.whatsapp.com/, not &quot;%1&quot;.</source>
        <translation>--whatsapp-url-க்கு https://web.whatsapp.com/ போன்ற http(s) முகவரி கொடுக்கவும், &quot;%1&quot; அல்ல.</translation>
    </message>
    <message>
        <source>WhatsApp Web needs a login: on the business phone open WhatsApp &gt; Linked devices &gt; Link a device and scan this code.</source>
        <translation>WhatsApp Web-இல் உள்நுழைய வேண்டும்: வணிகத் தொலைபேசியில் WhatsApp &gt; Linked devices &gt; Link a device என்பதைத் திறந்து இந்தக் குறியீட்டை ஸ்கேன் செய்யுங்கள்.</translation>
    </message>
    <message>
        <source>The same code as an image: %1</source>
        <translation>இதே குறியீடு படமாக: %1</translation>
    </message>
    <message>
        <source>Waiting for the scan ...</source>
        <translation>ஸ்கேனுக்காகக் காத்திருக்கிறது ...</translation>
    </message>
    <message>
        <source>dispatch: send what is due now, then exit (else run until stopped).</source>
        <translation>dispatch: இப்போது அனுப்ப வேண்டியதை அனுப்பிவிட்டு வெளியேறும் (இல்லையெனில் நிறுத்தும் வரை இயங்கும்).</translation>
    </message>
    <message>
        <source>dispatch: the gap between messages for this run, in milliseconds (MIN or MIN,MAX).</source>
        <translation>dispatch: இந்த முறை செய்திகளுக்கு இடையிலான இடைவெளி, மில்லிவினாடிகளில் (MIN அல்லது MIN,MAX).</translation>
    </message>
    <message>
        <source>dispatch: WhatsApp Web&apos;s address (default https://web.whatsapp.com/).</source>
        <translation>dispatch: WhatsApp Web-இன் முகவரி (இயல்பு https://web.whatsapp.com/).</translation>
    </message>
    <message>
        <source>dispatch --once: give up when WhatsApp Web is not ready after this many seconds (default 60).</source>
        <translation>dispatch --once: இத்தனை வினாடிகளுக்குப் பிறகும் WhatsApp Web தயாராகவில்லை என்றால் கைவிடும் (இயல்பு 60).</translation>
    </message>
    <message>
        <source>error: --ready-timeout takes a number of seconds from 1, not &quot;%1&quot;.</source>
        <translation>பிழை: --ready-timeout-க்கு 1 அல்லது அதற்கு மேற்பட்ட வினாடிகளின் எண்ணிக்கையைக் கொடுக்கவும், &quot;%1&quot; அல்ல.</translation>
    </message>
    <message>
        <source>error: dispatch needs the graphical application object</source>
        <translation>பிழை: dispatch-க்கு வரைகலைப் பயன்பாட்டுப் பொருள் (GUI application object) தேவை</translation>
    </message>
    <message>
        <source>WhatsApp: %1</source>
        <translation>WhatsApp: %1</translation>
    </message>
    <message>
        <source>dispatch: %1 (%2)</source>
        <translation>dispatch: %1 (%2)</translation>
    </message>
    <message>
        <source>Station %1 sends through %2</source>
        <translation>நிலையம் %1, %2 வழியாக அனுப்புகிறது</translation>
    </message>
    <message>
        <source>the database schema is version %1; run &quot;frontdesk migrate&quot; first</source>
        <translation>தரவுத்தள ஸ்கீமா பதிப்பு %1-இல் உள்ளது; முதலில் &quot;frontdesk migrate&quot; இயக்குங்கள்</translation>
    </message>
    <message>
        <source>check: test the WhatsApp Web page (which landmarks FrontDesk finds) instead of the database.</source>
        <translation>check: தரவுத்தளத்துக்குப் பதிலாக WhatsApp Web பக்கத்தைச் சோதிக்கும் (FrontDesk எந்த அடையாளங்களைக் காண்கிறது).</translation>
    </message>
    <message>
        <source>WhatsApp Web: %1</source>
        <translation>WhatsApp Web: %1</translation>
    </message>
    <message>
        <source>Selector pack: %1, version %2</source>
        <translation>தேர்வி தொகுப்பு: %1, பதிப்பு %2</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>நிலை: %1</translation>
    </message>
    <message>
        <source>desk settings</source>
        <translation>மேசை அமைப்புகள்</translation>
    </message>
    <message>
        <source>default</source>
        <translation>இயல்புநிலை</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (%2 இலிருந்து)</translation>
    </message>
    <message>
        <source>FrontDesk</source>
        <translation>FrontDesk</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>பயனர்கள்</translation>
    </message>
    <message>
        <source>Engineers</source>
        <translation>பொறியாளர்கள்</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — needs an upgrade to schema %2: ask your administrator to run &quot;frontdesk migrate&quot;</source>
        <translation>%1 — ஸ்கீமா %2-க்கு மேம்படுத்த வேண்டும்: &quot;frontdesk migrate&quot; இயக்குமாறு நிர்வாகியைக் கேளுங்கள்</translation>
    </message>
    <message>
        <source>%1 — schema %2</source>
        <translation>%1 — ஸ்கீமா %2</translation>
    </message>
    <message>
        <source>Database URL: sqlite:PATH or postgresql://user@host:port/database (also FRONTDESK_DATABASE_URL).</source>
        <translation>தரவுத்தள URL: sqlite:PATH அல்லது postgresql://user@host:port/database (FRONTDESK_DATABASE_URL மூலமும்).</translation>
    </message>
    <message>
        <source>migrate: upgrade the database schema; check: test the database; dispatch: send the queued WhatsApp messages.</source>
        <translation>migrate: தரவுத்தள ஸ்கீமாவை மேம்படுத்தும்; check: தரவுத்தளத்தைச் சோதிக்கும்; dispatch: வரிசையில் உள்ள WhatsApp செய்திகளை அனுப்பும்.</translation>
    </message>
    <message>
        <source>error: unknown command &quot;%1&quot; (commands: %2)</source>
        <translation>பிழை: தெரியாத கட்டளை &quot;%1&quot; (கட்டளைகள்: %2)</translation>
    </message>
    <message>
        <source>FrontDesk is already running: brought its window to the front.</source>
        <translation>FrontDesk ஏற்கனவே இயங்குகிறது: அதன் சாளரம் முன்னே கொண்டுவரப்பட்டது.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>எச்சரிக்கை: %1</translation>
    </message>
    <message>
        <source>check who may upgrade the database</source>
        <translation>தரவுத்தளத்தை யார் மேம்படுத்தலாம் என்று சரிபார்க்க</translation>
    </message>
    <message>
        <source>There is no schema version %1: this FrontDesk knows versions up to %2.</source>
        <translation>ஸ்கீமா பதிப்பு %1 இல்லை: இந்த FrontDesk பதிப்பு %2 வரை மட்டுமே அறியும்.</translation>
    </message>
    <message>
        <source>The database is at schema version %1 already; FrontDesk does not take a schema back to %2 (restore the copy made before the upgrade instead).</source>
        <translation>தரவுத்தளம் ஏற்கனவே ஸ்கீமா பதிப்பு %1-இல் உள்ளது; FrontDesk ஸ்கீமாவை %2-க்குத் திருப்பாது (மேம்படுத்தும் முன் எடுத்த நகலை மீட்டெடுங்கள்).</translation>
    </message>
    <message>
        <source>--to wants a schema version number, not &quot;%1&quot;.</source>
        <translation>--to-க்கு ஸ்கீமா பதிப்பு எண் கொடுக்கவும், &quot;%1&quot; அல்ல.</translation>
    </message>
    <message>
        <source>This FrontDesk needs schema version %1: run &quot;frontdesk migrate&quot; without --to to finish.</source>
        <translation>இந்த FrontDesk-க்கு ஸ்கீமா பதிப்பு %1 தேவை: முடிக்க --to இல்லாமல் &quot;frontdesk migrate&quot; இயக்குங்கள்.</translation>
    </message>
    <message>
        <source>the token file %1 does not exist</source>
        <translation>டோக்கன் கோப்பு %1 இல்லை</translation>
    </message>
    <message>
        <source>the token file %1 can be read by other users; make it yours alone (chmod 600 %1)</source>
        <translation>டோக்கன் கோப்பு %1-ஐ மற்ற பயனர்களும் படிக்க முடியும்; அதை உங்களுக்கு மட்டுமானதாக்குங்கள் (chmod 600 %1)</translation>
    </message>
    <message>
        <source>cannot read the token file %1: %2</source>
        <translation>டோக்கன் கோப்பு %1-ஐப் படிக்க முடியவில்லை: %2</translation>
    </message>
    <message>
        <source>the token file %1 must hold the access token alone, on one line</source>
        <translation>டோக்கன் கோப்பு %1-இல் அணுகல் டோக்கன் மட்டுமே, ஒரே வரியில் இருக்க வேண்டும்</translation>
    </message>
    <message>
        <source>dispatch: send through whatsapp-web or cloud-api for this run (default: the transport the admin chose).</source>
        <translation>dispatch: இந்த முறை whatsapp-web அல்லது cloud-api வழியாக அனுப்பும் (இயல்பு: நிர்வாகி தேர்ந்தெடுத்த அனுப்பும் வழி).</translation>
    </message>
    <message>
        <source>dispatch with cloud-api: read the access token from this file (owner-only) instead of the keychain.</source>
        <translation>cloud-api உடன் dispatch: கீசெயினுக்குப் பதிலாக இந்தக் கோப்பிலிருந்து (உரிமையாளர் மட்டும்) அணுகல் டோக்கனைப் படிக்கும்.</translation>
    </message>
    <message>
        <source>the Cloud API is chosen but has no phone-number id yet: an admin sets it in the desk under Desk &gt; How messages are sent</source>
        <translation>Cloud API தேர்ந்தெடுக்கப்பட்டுள்ளது, ஆனால் இன்னும் தொலைபேசி எண் id இல்லை: நிர்வாகி அதை மேசையில் மேசை &gt; செய்திகள் அனுப்பப்படும் முறை என்பதில் அமைப்பார்</translation>
    </message>
    <message>
        <source>Station %1 sends through the WhatsApp Cloud API (number %2 at %3)</source>
        <translation>நிலையம் %1 WhatsApp Cloud API வழியாக அனுப்புகிறது (எண் %2, %3-இல்)</translation>
    </message>
    <message>
        <source>the Cloud API access token could not be read: %1 Pass it with --token-file instead.</source>
        <translation>Cloud API அணுகல் டோக்கனைப் படிக்க முடியவில்லை: %1 அதற்குப் பதிலாக --token-file மூலம் கொடுங்கள்.</translation>
    </message>
    <message>
        <source>the keychain has no Cloud API access token (%1): an admin stores it in the desk under Desk &gt; How messages are sent, or pass --token-file</source>
        <translation>கீசெயினில் Cloud API அணுகல் டோக்கன் இல்லை (%1): நிர்வாகி அதை மேசையில் மேசை &gt; செய்திகள் அனுப்பப்படும் முறை என்பதில் சேமிப்பார், அல்லது --token-file கொடுங்கள்</translation>
    </message>
    <message>
        <source>error: the sender is not ready, so nothing was sent and the messages wait: %1</source>
        <translation>பிழை: அனுப்புநர் தயாராக இல்லை; அதனால் எதுவும் அனுப்பப்படவில்லை, செய்திகள் காத்திருக்கின்றன: %1</translation>
    </message>
    <message>
        <source>error: --transport takes one of %1, not &quot;%2&quot;.</source>
        <translation>பிழை: --transport-க்கு %1 இல் ஒன்றைக் கொடுக்கவும், &quot;%2&quot; அல்ல.</translation>
    </message>
    <message>
        <source>migrate: stop at this schema version (default: the latest).</source>
        <translation>migrate: இந்த ஸ்கீமா பதிப்பில் நிற்கும் (இயல்பு: சமீபத்தியது).</translation>
    </message>
    <message>
        <source>unknown transport &quot;%1&quot; (choose one of: %2)</source>
        <translation>தெரியாத அனுப்பும் வழி &quot;%1&quot; (இவற்றில் ஒன்றைத் தேர்ந்தெடுங்கள்: %2)</translation>
    </message>
    <message>
        <source>This FrontDesk ships two schema upgrades numbered %1 (%2, %3), so it changes nothing; report it to whoever built it.</source>
        <translation>இந்த FrontDesk-இல் %1 என்ற எண் கொண்ட இரண்டு ஸ்கீமா மேம்படுத்தல்கள் உள்ளன (%2, %3); அதனால் எதையும் மாற்றாது. இதை உருவாக்கியவரிடம் தெரிவியுங்கள்.</translation>
    </message>
    <message>
        <source>Upgrade: this login may not alter %1; run &quot;frontdesk migrate&quot; with the login that owns them.</source>
        <translation>மேம்படுத்தல்: இந்த உள்நுழைவு %1-ஐ மாற்ற முடியாது; அவற்றுக்கு உரிமையுள்ள உள்நுழைவுடன் &quot;frontdesk migrate&quot; இயக்குங்கள்.</translation>
    </message>
    <message>
        <source>may have been sent: check the chat before retrying</source>
        <translation>ஏற்கெனவே அனுப்பப்பட்டிருக்கலாம்: மீண்டும் அனுப்பும் முன் அரட்டையைப் பாருங்கள்</translation>
    </message>
    <message>
        <source>the request reached the WhatsApp Cloud API but its answer was lost: %1</source>
        <translation>கோரிக்கை WhatsApp Cloud API-ஐ அடைந்தது, ஆனால் அதன் பதில் தொலைந்தது: %1</translation>
    </message>
    <message>
        <source>a gateway on the way to the WhatsApp Cloud API lost its answer (HTTP %1)</source>
        <translation>WhatsApp Cloud API-க்குச் செல்லும் வழியில் ஒரு நுழைவாயில் பதிலைத் தொலைத்தது (HTTP %1)</translation>
    </message>
    <message>
        <source>taken over from station %1 after its claim lapsed; checking the chat before sending</source>
        <translation>நிலையம் %1-இன் கோரல் காலாவதியான பின் அதனிடமிருந்து எடுக்கப்பட்டது; அனுப்பும் முன் உரையாடல் சரிபார்க்கப்படுகிறது</translation>
    </message>
    <message>
        <source>read this station&apos;s latest sends</source>
        <translation>இந்த நிலையம் சமீபத்தில் அனுப்பியவற்றைப் படிக்க</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>WhatsApp Web has changed: sending paused</source>
        <translation>WhatsApp Web மாறிவிட்டது: அனுப்புதல் நிறுத்தப்பட்டது</translation>
    </message>
    <message>
        <source>messages are not confirmed: sending paused</source>
        <translation>செய்திகள் உறுதிசெய்யப்படவில்லை: அனுப்புதல் நிறுத்தப்பட்டது</translation>
    </message>
    <message>
        <source>two sends in a row were not confirmed; the last: %1</source>
        <translation>தொடர்ந்து இரண்டு அனுப்புதல்கள் உறுதிசெய்யப்படவில்லை; கடைசியானது: %1</translation>
    </message>
    <message>
        <source>pause sending on this station</source>
        <translation>இந்த நிலையத்தில் அனுப்புதலை நிறுத்த</translation>
    </message>
    <message>
        <source>The pause of station %1 was not recorded.</source>
        <translation>நிலையம் %1 இன் நிறுத்தம் பதிவாகவில்லை.</translation>
    </message>
    <message>
        <source>read whether sending is paused</source>
        <translation>அனுப்புதல் நிறுத்தப்பட்டுள்ளதா எனப் படிக்க</translation>
    </message>
    <message>
        <source>read where sending is paused</source>
        <translation>எங்கே அனுப்புதல் நிறுத்தப்பட்டுள்ளது எனப் படிக்க</translation>
    </message>
    <message>
        <source>Only an administrator may resume sending.</source>
        <translation>நிர்வாகி மட்டுமே அனுப்புதலை மீண்டும் தொடங்க முடியும்.</translation>
    </message>
    <message>
        <source>resume sending</source>
        <translation>அனுப்புதலை மீண்டும் தொடங்க</translation>
    </message>
    <message>
        <source>dispatch: resume sending on this station after it paused because WhatsApp Web changed (administrators; on PostgreSQL an administrator&apos;s login), then exit.</source>
        <translation>dispatch: WhatsApp Web மாறியதால் நிறுத்தப்பட்ட இந்த நிலையத்தில் அனுப்புதலை மீண்டும் தொடங்கிவிட்டு வெளியேறும் (நிர்வாகிகள்; PostgreSQL-இல் நிர்வாகியின் உள்நுழைவு).</translation>
    </message>
    <message>
        <source>error: sending paused on station %1: %2. No message is sent from this station until an administrator resumes it, after updating the selector pack: &quot;frontdesk dispatch --resume&quot; or &quot;Resume sending&quot; on the desk&apos;s WhatsApp tab.</source>
        <translation>பிழை: நிலையம் %1 இல் அனுப்புதல் நிறுத்தப்பட்டது: %2. தேர்வி தொகுப்பைப் புதுப்பித்த பின் நிர்வாகி மீண்டும் தொடங்கும் வரை இந்த நிலையத்திலிருந்து எந்தச் செய்தியும் அனுப்பப்படாது: &quot;frontdesk dispatch --resume&quot; அல்லது மேசையின் WhatsApp தாவலில் &quot;அனுப்புதலை மீண்டும் தொடங்கு&quot;.</translation>
    </message>
    <message>
        <source>Station %1 was not paused.</source>
        <translation>நிலையம் %1 இல் அனுப்புதல் நிறுத்தப்பட்டிருக்கவில்லை.</translation>
    </message>
    <message>
        <source>Sending resumed on station %1.</source>
        <translation>நிலையம் %1 இல் அனுப்புதல் மீண்டும் தொடங்கியது.</translation>
    </message>
    <message>
        <source>FrontDesk: the reception desk, with WhatsApp messages to customers.
Without a command it opens the desk&apos;s window.
Exit codes: 0 done, 1 anything else (bad arguments, schema behind), 2 dispatch: the sender is not ready, 3 database error, 4 dispatch: sending paused because WhatsApp Web has changed (an administrator resumes with dispatch --resume).</source>
        <translation>FrontDesk: வரவேற்பு மேசை, வாடிக்கையாளர்களுக்கு WhatsApp செய்திகளுடன்.
கட்டளை இல்லாமல் இது மேசையின் சாளரத்தைத் திறக்கும்.
வெளியேறும் குறியீடுகள்: 0 முடிந்தது, 1 மற்ற அனைத்தும் (தவறான அளவுருக்கள், ஸ்கீமா பின்தங்கியுள்ளது), 2 dispatch: அனுப்புநர் தயாராக இல்லை, 3 தரவுத்தளப் பிழை, 4 dispatch: WhatsApp Web மாறியதால் அனுப்புதல் நிறுத்தப்பட்டது (நிர்வாகி dispatch --resume மூலம் மீண்டும் தொடங்குவார்).</translation>
    </message>
    <message>
        <source>frontdesk dispatch: a second stop signal: stopped at once
</source>
        <translation>frontdesk dispatch: இரண்டாவது நிறுத்தச் சமிக்ஞை: உடனே நிறுத்தப்பட்டது
</translation>
    </message>
    <message>
        <source>error: frontdesk dispatch did not end within %1 s of the stop signal and was ended; the next start checks the message in flight in its chat
</source>
        <translation>பிழை: நிறுத்தச் சமிக்ஞைக்குப் பின் %1 வினாடிகளுக்குள் frontdesk dispatch முடியாததால் அது முடிக்கப்பட்டது; அடுத்த முறை தொடங்கும்போது அனுப்பப்பட்டுக்கொண்டிருந்த செய்தி அதன் உரையாடலில் சரிபார்க்கப்படும்
</translation>
    </message>
    <message>
        <source>Stopping: the message being sent gets at most %1 s ...</source>
        <translation>நிறுத்துகிறது: அனுப்பப்படும் செய்திக்கு அதிகபட்சம் %1 வினாடிகள் கிடைக்கும் ...</translation>
    </message>
    <message>
        <source>error: the message in flight was not recorded within %1 s of the stop; ending now: the next start checks it in its chat</source>
        <translation>பிழை: நிறுத்தத்துக்குப் பின் %1 வினாடிகளுக்குள் அனுப்பப்பட்டுக்கொண்டிருந்த செய்தி பதிவாகவில்லை; இப்போது முடிக்கப்படுகிறது: அடுத்த முறை தொடங்கும்போது அது அதன் உரையாடலில் சரிபார்க்கப்படும்</translation>
    </message>
    <message>
        <source>the landmark &quot;%1&quot; has no selectors (a version 1 pack: start again from the built-in version 2 and redo the changes)</source>
        <translation>அடையாளம் &quot;%1&quot;-க்குத் தேர்விகள் இல்லை (பதிப்பு 1 தொகுப்பு: உள்ளமைந்த பதிப்பு 2-இலிருந்து மீண்டும் தொடங்கி மாற்றங்களைத் திரும்பச் செய்யுங்கள்)</translation>
    </message>
    <message>
        <source>the landmark &quot;%1&quot; is not a list of selectors</source>
        <translation>அடையாளம் &quot;%1&quot; தேர்விகளின் பட்டியல் அல்ல</translation>
    </message>
    <message>
        <source>&quot;tickLabels&quot; must be a list</source>
        <translation>&quot;tickLabels&quot; ஒரு பட்டியலாக இருக்க வேண்டும்</translation>
    </message>
    <message>
        <source>each &quot;tickLabels&quot; entry needs &quot;icon&quot;, &quot;label&quot; and a &quot;level&quot; number</source>
        <translation>ஒவ்வொரு &quot;tickLabels&quot; பதிவிலும் &quot;icon&quot;, &quot;label&quot;, ஒரு &quot;level&quot; எண் ஆகியவை தேவை</translation>
    </message>
    <message>
        <source>MISSING IN THE OPEN CHAT (%1): %2 - sending cannot see its own messages; the selector pack needs an update</source>
        <translation>திறந்த உரையாடலில் காணவில்லை (%1): %2 - அனுப்பும்போது தன் செய்திகள் தெரியவில்லை; தேர்வி தொகுப்பைப் புதுப்பிக்க வேண்டும்</translation>
    </message>
    <message>
        <source>INVALID IN THIS BROWSER (%1): these selectors never match here</source>
        <translation>இந்த உலாவியில் செல்லாதவை (%1): இந்தத் தேர்விகள் இங்கே ஒருபோதும் பொருந்தாது</translation>
    </message>
    <message>
        <source>  %1: %2 (%3)</source>
        <translation>  %1: %2 (%3)</translation>
    </message>
    <message>
        <source>%1 is too long: %2 characters, at most %3.</source>
        <translation>%1 மிக நீளம்: %2 எழுத்துகள், அதிகபட்சம் %3.</translation>
    </message>
    <message>
        <source>The customer&apos;s name</source>
        <translation>வாடிக்கையாளரின் பெயர்</translation>
    </message>
    <message>
        <source>The product or subject</source>
        <translation>பொருள் அல்லது விஷயம்</translation>
    </message>
    <message>
        <source>The type of service</source>
        <translation>சேவையின் வகை</translation>
    </message>
    <message>
        <source>%1 is already assigned to %2. Choose another engineer to re-assign it.</source>
        <translation>%1 ஏற்கனவே %2 க்கு ஒதுக்கப்பட்டுள்ளது. மீண்டும் ஒதுக்க வேறு பொறியாளரைத் தேர்ந்தெடுங்கள்.</translation>
    </message>
    <message>
        <source>The item</source>
        <translation>பொருள்</translation>
    </message>
    <message>
        <source>The reference</source>
        <translation>குறிப்பு எண்</translation>
    </message>
    <message>
        <source>%1 is already set to be re-attempted on %2. Choose another date to reschedule it.</source>
        <translation>%1 ஏற்கனவே %2 அன்று மறு முயற்சிக்கு அமைக்கப்பட்டுள்ளது. மாற்ற வேறு தேதியைத் தேர்ந்தெடுங்கள்.</translation>
    </message>
    <message>
        <source>its record no longer exists, so it cannot be filled in again</source>
        <translation>இதன் பதிவு இனி இல்லை, எனவே இதை மீண்டும் நிரப்ப முடியாது</translation>
    </message>
    <message>
        <source>it names no record of FrontDesk&apos;s, so it cannot be filled in</source>
        <translation>இது FrontDesk இன் எந்தப் பதிவையும் குறிக்கவில்லை, எனவே இதை நிரப்ப முடியாது</translation>
    </message>
    <message>
        <source>the service request has moved on since (it is no longer waiting for this engineer)</source>
        <translation>சேவைக் கோரிக்கை அதன் பிறகு மாறிவிட்டது (இனி இந்தப் பொறியாளருக்காகக் காத்திருக்கவில்லை)</translation>
    </message>
    <message>
        <source>another engineer was assigned since</source>
        <translation>அதன் பிறகு வேறு பொறியாளர் ஒதுக்கப்பட்டுள்ளார்</translation>
    </message>
    <message>
        <source>the service request is no longer completed</source>
        <translation>சேவைக் கோரிக்கை இனி முடிந்த நிலையில் இல்லை</translation>
    </message>
    <message>
        <source>the delivery&apos;s status has changed since</source>
        <translation>டெலிவரியின் நிலை அதன் பிறகு மாறிவிட்டது</translation>
    </message>
    <message>
        <source>the delivery was rescheduled or its status changed since</source>
        <translation>அதன் பிறகு டெலிவரியின் தேதி அல்லது நிலை மாறிவிட்டது</translation>
    </message>
    <message>
        <source>the company name is not set in Settings</source>
        <translation>அமைப்புகளில் நிறுவனத்தின் பெயர் அமைக்கப்படவில்லை</translation>
    </message>
    <message>
        <source>the company phone is not set in Settings</source>
        <translation>அமைப்புகளில் நிறுவனத்தின் தொலைபேசி எண் அமைக்கப்படவில்லை</translation>
    </message>
    <message>
        <source>the tracking link is not set in Settings</source>
        <translation>அமைப்புகளில் கண்காணிப்பு இணைப்பு அமைக்கப்படவில்லை</translation>
    </message>
    <message>
        <source>the tracking link in Settings is not usable</source>
        <translation>அமைப்புகளில் உள்ள கண்காணிப்பு இணைப்பைப் பயன்படுத்த முடியாது</translation>
    </message>
    <message>
        <source>the feedback link is not set in Settings</source>
        <translation>அமைப்புகளில் கருத்து இணைப்பு அமைக்கப்படவில்லை</translation>
    </message>
    <message>
        <source>the feedback link in Settings is not usable</source>
        <translation>அமைப்புகளில் உள்ள கருத்து இணைப்பைப் பயன்படுத்த முடியாது</translation>
    </message>
    <message>
        <source>start the check before sending</source>
        <translation>அனுப்பும் முன் சோதனையைத் தொடங்குதல்</translation>
    </message>
    <message>
        <source>the check before sending failed: sending paused</source>
        <translation>அனுப்பும் முன் சோதனை தோல்வியடைந்தது: அனுப்புதல் நிறுத்தப்பட்டது</translation>
    </message>
    <message>
        <source>read the messages waiting for ticks</source>
        <translation>டிக்கிற்காகக் காத்திருக்கும் செய்திகளைப் படித்தல்</translation>
    </message>
    <message>
        <source>read what the desk already saved</source>
        <translation>மேசையில் ஏற்கெனவே சேமித்ததைப் படிக்க</translation>
    </message>
    <message>
        <source>save the desk&apos;s action</source>
        <translation>மேசையின் செயலைச் சேமிக்க</translation>
    </message>
    <message>
        <source>read the message&apos;s state</source>
        <translation>செய்தியின் நிலையைப் படிக்க</translation>
    </message>
    <message>
        <source>This form was already used for something else. Start again.</source>
        <translation>இந்தப் படிவம் ஏற்கெனவே வேறொன்றுக்குப் பயன்பட்டது. மீண்டும் தொடங்குங்கள்.</translation>
    </message>
    <message>
        <source>Could not read what the desk already saved.</source>
        <translation>மேசையில் ஏற்கெனவே சேமித்ததைப் படிக்க முடியவில்லை.</translation>
    </message>
    <message>
        <source>Could not read what the desk saved.</source>
        <translation>மேசையில் சேமித்ததைப் படிக்க முடியவில்லை.</translation>
    </message>
    <message>
        <source>read whether this login may send messages</source>
        <translation>இந்த உள்நுழைவு செய்திகளை அனுப்பலாமா என்பதைப் படிக்க</translation>
    </message>
    <message>
        <source>This login may not send messages: ask IT or an admin to grant it the sender role</source>
        <translation>இந்த உள்நுழைவு செய்திகளை அனுப்ப முடியாது: sender பங்கை வழங்குமாறு IT அல்லது நிர்வாகியைக் கேளுங்கள்</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>குறிப்பு</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>பதிவு</translation>
    </message>
    <message>
        <source>Enquiry</source>
        <translation>விசாரணை</translation>
    </message>
    <message>
        <source>Service request</source>
        <translation>சேவைக் கோரிக்கை</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>டெலிவரி</translation>
    </message>
    <message>
        <source>On a one-desk database the desk itself sends: there is no sender role.</source>
        <translation>ஒரு-மேசை தரவுத்தளத்தில் மேசையே அனுப்புகிறது: அனுப்புநர் பங்கு இல்லை.</translation>
    </message>
    <message>
        <source>let &quot;%1&quot; send messages</source>
        <translation>&quot;%1&quot; செய்திகளை அனுப்ப அனுமதிக்கவும்</translation>
    </message>
    <message>
        <source>stop &quot;%1&quot; sending messages</source>
        <translation>&quot;%1&quot; செய்திகள் அனுப்புவதை நிறுத்தவும்</translation>
    </message>
    <message>
        <source>Administrators may always send messages.</source>
        <translation>நிர்வாகிகள் எப்போதும் செய்திகளை அனுப்பலாம்.</translation>
    </message>
    <message>
        <source>a staff number is never messaged</source>
        <translation>பணியாளர் எண்ணுக்கு ஒருபோதும் செய்தி அனுப்பப்படாது</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>This engineer is no longer in the list.</source>
        <translation>இந்தப் பொறியாளர் இப்போது பட்டியலில் இல்லை.</translation>
    </message>
    <message>
        <source>A name has at most %1 characters.</source>
        <translation>பெயரில் அதிகபட்சம் %1 எழுத்துகள் இருக்கலாம்.</translation>
    </message>
    <message>
        <source>rename the engineer</source>
        <translation>பொறியாளரின் பெயரை மாற்றுவது</translation>
    </message>
    <message>
        <source>bring the engineer back</source>
        <translation>பொறியாளரை மீண்டும் சேர்ப்பது</translation>
    </message>
    <message>
        <source>retire the engineer</source>
        <translation>பொறியாளருக்கு ஓய்வு அளிப்பது</translation>
    </message>
    <message>
        <source>This field cannot be corrected.</source>
        <translation>இந்தப் புலத்தைத் திருத்த முடியாது.</translation>
    </message>
    <message>
        <source>read the record</source>
        <translation>பதிவைப் படிப்பது</translation>
    </message>
    <message>
        <source>This record is no longer there.</source>
        <translation>இந்தப் பதிவு இப்போது இல்லை.</translation>
    </message>
    <message>
        <source>read the record&apos;s corrections</source>
        <translation>பதிவின் திருத்தங்களைப் படிப்பது</translation>
    </message>
    <message>
        <source>The customer&apos;s name cannot be empty.</source>
        <translation>வாடிக்கையாளரின் பெயர் காலியாக இருக்கக்கூடாது.</translation>
    </message>
    <message>
        <source>A field has at most %1 characters.</source>
        <translation>ஒரு புலத்தில் அதிகபட்சம் %1 எழுத்துகள் இருக்கலாம்.</translation>
    </message>
    <message>
        <source>correct the record</source>
        <translation>பதிவைத் திருத்துவது</translation>
    </message>
    <message>
        <source>WhatsApp refuses this account&apos;s messages: sending paused</source>
        <translation>WhatsApp இந்தக் கணக்கின் செய்திகளை மறுக்கிறது: அனுப்புதல் நிறுத்தப்பட்டது</translation>
    </message>
    <message>
        <source>%1 in a row were marked failed; the last: %2</source>
        <translation>தொடர்ந்து %1 செய்திகள் தோல்வி எனக் குறிக்கப்பட்டன; கடைசி: %2</translation>
    </message>
    <message>
        <source>many numbers are not on WhatsApp: check the list; sending paused</source>
        <translation>பல எண்கள் WhatsApp-இல் இல்லை: பட்டியலைச் சரிபார்க்கவும்; அனுப்புதல் நிறுத்தப்பட்டது</translation>
    </message>
    <message>
        <source>%1 of the latest %2 numbers; the last: %3</source>
        <translation>கடைசி %2 எண்களில் %1; கடைசி: %3</translation>
    </message>
    <message>
        <source>WhatsApp warned about this account: sending paused</source>
        <translation>WhatsApp இந்தக் கணக்கைப் பற்றி எச்சரித்தது: அனுப்புதல் நிறுத்தப்பட்டது</translation>
    </message>
    <message>
        <source>Engine: %1</source>
        <translation>இயந்திரம்: %1</translation>
    </message>
    <message>
        <source>dispatch, check --whatsapp: drive WhatsApp Web with auto (WA-JS when it works on the page, else the DOM driver), wa-js or dom (default: this desk&apos;s setting, else auto).</source>
        <translation>dispatch, check --whatsapp: WhatsApp Web-ஐ auto (பக்கத்தில் வேலை செய்தால் WA-JS, இல்லையெனில் DOM இயக்கி), wa-js அல்லது dom மூலம் இயக்கவும் (இயல்பு: இந்த மேசையின் அமைப்பு, இல்லையெனில் auto).</translation>
    </message>
    <message>
        <source>--engine takes auto, wa-js or dom, not &quot;%1&quot;.</source>
        <translation>--engine-க்கு auto, wa-js அல்லது dom கொடுக்கவும், &quot;%1&quot; அல்ல.</translation>
    </message>
    <message>
        <source>read when this station was last resumed</source>
        <translation>இந்த நிலையம் கடைசியாக எப்போது மீண்டும் தொடங்கியது என்பதைப் படித்தல்</translation>
    </message>
    <message>
        <source>read the latest pause of sending</source>
        <translation>அனுப்புதலின் கடைசி நிறுத்தத்தைப் படித்தல்</translation>
    </message>
    <message>
        <source>%1 (line %2)</source>
        <translation>%1 (வரி %2)</translation>
    </message>
    <message>
        <source>The WA-JS file %1 does not exist.</source>
        <translation>WA-JS கோப்பு %1 இல்லை.</translation>
    </message>
    <message>
        <source>%1 is not a WA-JS file (it has %2 bytes).</source>
        <translation>%1 ஒரு WA-JS கோப்பு அல்ல (அதில் %2 பைட்டுகள் உள்ளன).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1-ஐப் படிக்க முடியவில்லை: %2</translation>
    </message>
    <message>
        <source>%1 is not a WA-JS file (wppconnect-wa.js): it never names WPP.</source>
        <translation>%1 ஒரு WA-JS கோப்பு (wppconnect-wa.js) அல்ல: அது WPP என்று எங்கும் குறிப்பிடவில்லை.</translation>
    </message>
    <message>
        <source>The page sees: user agent Chrome %1, client hints %2</source>
        <translation>பக்கம் காண்பது: user agent Chrome %1, client hints %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ஏதுமில்லை</translation>
    </message>
    <message>
        <source>Another FrontDesk has been upgrading this database for minutes (it holds %1). Let it finish; if no FrontDesk uses the file, delete %1 and start again.</source>
        <translation>மற்றொரு FrontDesk பல நிமிடங்களாக இந்தத் தரவுத்தளத்தை மேம்படுத்துகிறது (%1 அதனிடம் உள்ளது). அது முடியட்டும்; எந்த FrontDesk-உம் கோப்பைப் பயன்படுத்தவில்லை என்றால், %1 ஐ நீக்கி மீண்டும் தொடங்கவும்.</translation>
    </message>
    <message>
        <source>FrontDesk cannot write %1 next to the database to upgrade it.</source>
        <translation>தரவுத்தளத்தை மேம்படுத்த FrontDesk அதன் அருகில் %1 ஐ எழுத முடியவில்லை.</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>சரி</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ரத்துசெய்</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>மூடு</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>சேமி</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>ஆம்(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>இல்லை(&amp;N)</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>பயன்படுத்து</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>கைவிடு</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>மீண்டும் முயல்</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>உதவி</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>அடுத்து(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; முந்தைய(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>முடி(&amp;F)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ரத்துசெய்</translation>
    </message>
</context>
<context>
    <name>StatusTexts</name>
    <message>
        <source>Pending</source>
        <translation>நிலுவையில்</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>வழங்கப்பட்டது</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>தோல்வி</translation>
    </message>
    <message>
        <source>Re-attempt</source>
        <translation>மீண்டும் முயற்சி</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>திறந்தது</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>ஒதுக்கப்பட்டது</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>முடிந்தது</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ரத்து</translation>
    </message>
</context>
<context>
    <name>fd</name>
    <message>
        <source>Priya Sharma</source>
        <translation>பிரியா ஷர்மா</translation>
    </message>
    <message>
        <source>Your Company</source>
        <translation>உங்கள் நிறுவனம்</translation>
    </message>
    <message>
        <source>Laser printer</source>
        <translation>லேசர் அச்சுப்பொறி</translation>
    </message>
    <message>
        <source>Printer repair</source>
        <translation>அச்சுப்பொறி பழுது நீக்கம்</translation>
    </message>
    <message>
        <source>(set the tracking link in Settings)</source>
        <translation>(கண்காணிப்பு இணைப்பை அமைப்புகளில் அமையுங்கள்)</translation>
    </message>
    <message>
        <source>Karthik</source>
        <translation>கார்த்திக்</translation>
    </message>
    <message>
        <source>(set the feedback link in Settings)</source>
        <translation>(கருத்து இணைப்பை அமைப்புகளில் அமையுங்கள்)</translation>
    </message>
    <message>
        <source>Canon LBP2900 printer</source>
        <translation>Canon LBP2900 அச்சுப்பொறி</translation>
    </message>
</context>
<context>
    <name>fd::AdminListPage</name>
    <message>
        <source>&amp;Mobile:</source>
        <translation>மொபைல்(&amp;M):</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>பெயர்</translation>
    </message>
</context>
<context>
    <name>fd::CloudApiDialog</name>
    <message>
        <source>How messages are sent</source>
        <translation>செய்திகள் அனுப்பப்படும் முறை</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>அனுப்பும் வழி</translation>
    </message>
    <message>
        <source>WhatsApp Web in this desk (no fees)</source>
        <translation>இந்த மேசையில் WhatsApp Web (கட்டணம் இல்லை)</translation>
    </message>
    <message>
        <source>WhatsApp Business Cloud API (approved templates)</source>
        <translation>WhatsApp Business Cloud API (அங்கீகரிக்கப்பட்ட வார்ப்புருக்கள்)</translation>
    </message>
    <message>
        <source>Phone number id</source>
        <translation>தொலைபேசி எண் id</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>API பதிப்பு</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>API முகவரி</translation>
    </message>
    <message>
        <source>Template parameters</source>
        <translation>வார்ப்புரு அளவுருக்கள்</translation>
    </message>
    <message>
        <source>In order ({{1}}, {{2}}, ...)</source>
        <translation>வரிசைப்படி ({{1}}, {{2}}, ...)</translation>
    </message>
    <message>
        <source>By name ({{customer_name}}, ...)</source>
        <translation>பெயரால் ({{customer_name}}, ...)</translation>
    </message>
    <message>
        <source>New access token</source>
        <translation>புதிய அணுகல் டோக்கன்</translation>
    </message>
    <message>
        <source>leave empty to keep the token in the keychain</source>
        <translation>கீசெயினில் உள்ள டோக்கனை வைத்திருக்க காலியாக விடுங்கள்</translation>
    </message>
    <message>
        <source>Sen&amp;d through:</source>
        <translation>இதன் வழியாக அனுப்பு(&amp;D):</translation>
    </message>
    <message>
        <source>Phone number &amp;id:</source>
        <translation>தொலைபேசி எண் id(&amp;I):</translation>
    </message>
    <message>
        <source>API &amp;version:</source>
        <translation>API பதிப்பு(&amp;V):</translation>
    </message>
    <message>
        <source>API &amp;address:</source>
        <translation>API முகவரி(&amp;A):</translation>
    </message>
    <message>
        <source>Template &amp;parameters:</source>
        <translation>வார்ப்புரு அளவுருக்கள்(&amp;P):</translation>
    </message>
    <message>
        <source>New access &amp;token:</source>
        <translation>புதிய அணுகல் டோக்கன்(&amp;T):</translation>
    </message>
    <message>
        <source>Each event is sent as its approved template, named frontdesk_&lt;event&gt; (for example frontdesk_service_created). The token is kept only in this computer&apos;s keychain.</source>
        <translation>ஒவ்வொரு நிகழ்வும் அதன் அங்கீகரிக்கப்பட்ட வார்ப்புருவாக அனுப்பப்படும்; அதன் பெயர் frontdesk_&lt;event&gt; (எ.கா. frontdesk_service_created). டோக்கன் இந்தக் கணினியின் கீசெயினில் மட்டுமே வைக்கப்படும்.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>சேமி(&amp;S)</translation>
    </message>
    <message>
        <source>Reading the settings…</source>
        <translation>அமைப்புகள் படிக்கப்படுகின்றன…</translation>
    </message>
    <message>
        <source>The phone number id is the number Meta shows for the sending number (digits only).</source>
        <translation>தொலைபேசி எண் id என்பது அனுப்பும் எண்ணுக்கு Meta காட்டும் எண் (இலக்கங்கள் மட்டும்).</translation>
    </message>
    <message>
        <source>The API version looks like v21.0.</source>
        <translation>API பதிப்பு v21.0 போல இருக்கும்.</translation>
    </message>
    <message>
        <source>The API address must be an https:// address, such as https://graph.facebook.com.</source>
        <translation>API முகவரி https:// முகவரியாக இருக்க வேண்டும், எ.கா. https://graph.facebook.com.</translation>
    </message>
    <message>
        <source>Saved: messages go through the Cloud API from the next start of a sending desk.</source>
        <translation>சேமிக்கப்பட்டது: அனுப்பும் மேசை அடுத்த முறை தொடங்கும்போதிலிருந்து செய்திகள் Cloud API வழியாகச் செல்லும்.</translation>
    </message>
    <message>
        <source>Saved: messages go through WhatsApp Web from the next start of a sending desk.</source>
        <translation>சேமிக்கப்பட்டது: அனுப்பும் மேசை அடுத்த முறை தொடங்கும்போதிலிருந்து செய்திகள் WhatsApp Web வழியாகச் செல்லும்.</translation>
    </message>
</context>
<context>
    <name>fd::CloudApiSender</name>
    <message>
        <source>The WhatsApp Cloud API has no phone number id: an administrator sets it in the settings.</source>
        <translation>WhatsApp Cloud API-க்குத் தொலைபேசி எண் id இல்லை: நிர்வாகி அதை அமைப்புகளில் அமைப்பார்.</translation>
    </message>
    <message>
        <source>The WhatsApp Cloud API address in the settings is not a valid URL.</source>
        <translation>அமைப்புகளில் உள்ள WhatsApp Cloud API முகவரி சரியான URL அல்ல.</translation>
    </message>
    <message>
        <source>The WhatsApp Cloud API access token is not in the keychain: an administrator enters it in the settings.</source>
        <translation>WhatsApp Cloud API அணுகல் டோக்கன் கீசெயினில் இல்லை: நிர்வாகி அதை அமைப்புகளில் உள்ளிடுவார்.</translation>
    </message>
    <message>
        <source>WhatsApp&apos;s sending rate limit was reached: sending resumes in %1 s.</source>
        <translation>WhatsApp-இன் அனுப்பும் வேக வரம்பு எட்டப்பட்டது: %1 வினாடிகளில் அனுப்புதல் மீண்டும் தொடங்கும்.</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>%1 வினாடிகளில் பதில் இல்லை</translation>
    </message>
</context>
<context>
    <name>fd::DatabaseWorker</name>
    <message>
        <source>The database is reachable again.</source>
        <translation>தரவுத்தளத்தை மீண்டும் அணுக முடிகிறது.</translation>
    </message>
</context>
<context>
    <name>fd::DeliveriesTab</name>
    <message>
        <source>New delivery</source>
        <translation>புதிய டெலிவரி</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>பொருள்</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>அளவு</translation>
    </message>
    <message>
        <source>Order or invoice reference</source>
        <translation>ஆர்டர் அல்லது விலைப்பட்டியல் குறிப்பு</translation>
    </message>
    <message>
        <source>Delivery address</source>
        <translation>டெலிவரி முகவரி</translation>
    </message>
    <message>
        <source>Delivery date</source>
        <translation>டெலிவரி தேதி</translation>
    </message>
    <message>
        <source>&amp;Save delivery</source>
        <translation>டெலிவரியைச் சேமி(&amp;S)</translation>
    </message>
    <message>
        <source>Save the delivery (Ctrl+S)</source>
        <translation>டெலிவரியைச் சேமி (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Item:</source>
        <translation>பொருள்(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>அளவு(&amp;Q):</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>குறிப்பு(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>முகவரி(&amp;A):</translation>
    </message>
    <message>
        <source>Deli&amp;very date:</source>
        <translation>டெலிவரி தேதி(&amp;V):</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>டெலிவரிகள்</translation>
    </message>
    <message>
        <source>Show deliveries with status</source>
        <translation>இந்த நிலையில் உள்ள டெலிவரிகளைக் காட்டு</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>குறிப்பு</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>நிலை</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>வாடிக்கையாளர்</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>தொலைபேசி</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>தேதி</translation>
    </message>
    <message>
        <source>Re-attempt</source>
        <translation>மறு முயற்சி</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>காட்டு(&amp;W):</translation>
    </message>
    <message>
        <source>Selected delivery</source>
        <translation>தேர்ந்தெடுத்த டெலிவரி</translation>
    </message>
    <message>
        <source>Select a delivery in the list.</source>
        <translation>பட்டியலில் ஒரு டெலிவரியைத் தேர்ந்தெடுங்கள்.</translation>
    </message>
    <message>
        <source>New delivery status</source>
        <translation>புதிய டெலிவரி நிலை</translation>
    </message>
    <message>
        <source>New delivery date</source>
        <translation>புதிய டெலிவரி தேதி</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>குறிப்பு</translation>
    </message>
    <message>
        <source>Why (optional): e.g. customer not at home</source>
        <translation>காரணம் (விருப்பம்): எ.கா. வாடிக்கையாளர் வீட்டில் இல்லை</translation>
    </message>
    <message>
        <source>Set s&amp;tatus</source>
        <translation>நிலையை அமை(&amp;T)</translation>
    </message>
    <message>
        <source>New stat&amp;us:</source>
        <translation>புதிய நிலை(&amp;U):</translation>
    </message>
    <message>
        <source>New dat&amp;e:</source>
        <translation>புதிய தேதி(&amp;E):</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>குறிப்பு(&amp;O):</translation>
    </message>
    <message>
        <source>WhatsApp message that will go:</source>
        <translation>அனுப்பப்படும் WhatsApp செய்தி:</translation>
    </message>
    <message>
        <source>%1 — %2: delivered (final).</source>
        <translation>%1 — %2: டெலிவரி ஆனது (இறுதி).</translation>
    </message>
    <message>
        <source>%1 — %2, %3 (%4)</source>
        <translation>%1 — %2, %3 (%4)</translation>
    </message>
    <message>
        <source>Select a delivery to change its status.</source>
        <translation>நிலையை மாற்ற ஒரு டெலிவரியைத் தேர்ந்தெடுங்கள்.</translation>
    </message>
    <message>
        <source>DELIVERED sends no message.</source>
        <translation>&quot;டெலிவரி ஆனது&quot; என்பதற்குச் செய்தி அனுப்பப்படாது.</translation>
    </message>
    <message>
        <source>enter the item.</source>
        <translation>பொருளை உள்ளிடுங்கள்.</translation>
    </message>
    <message>
        <source>Delivery %1 saved.</source>
        <translation>டெலிவரி %1 சேமிக்கப்பட்டது.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 இப்போது %2.</translation>
    </message>
    <message>
        <source>The customer already had this message for this attempt; it is not sent again.</source>
        <translation>இந்த முயற்சிக்கான இந்தச் செய்தி வாடிக்கையாளருக்கு ஏற்கனவே கிடைத்துவிட்டது; மீண்டும் அனுப்பப்படாது.</translation>
    </message>
    <message>
        <source>The delivery is already set to be re-attempted on this date; choose another date to reschedule it.</source>
        <translation>இந்தத் தேதியில் மறு முயற்சி ஏற்கனவே அமைக்கப்பட்டுள்ளது; மாற்ற வேறு தேதியைத் தேர்ந்தெடுங்கள்.</translation>
    </message>
    <message>
        <source>All of the selected delivery; correct a typo (Enter on the row)</source>
        <translation>தேர்ந்தெடுத்த டெலிவரி முழுவதும்; தட்டச்சுப் பிழையைத் திருத்துங்கள் (வரிசையில் Enter)</translation>
    </message>
</context>
<context>
    <name>fd::DeskWiring</name>
    <message>
        <source>WhatsApp: %1</source>
        <translation>WhatsApp: %1</translation>
    </message>
    <message>
        <source>Se&amp;ttings...</source>
        <translation>அமைப்புகள்(&amp;T)...</translation>
    </message>
    <message>
        <source>&amp;How messages are sent...</source>
        <translation>செய்திகள் அனுப்பப்படும் முறை(&amp;H)...</translation>
    </message>
    <message>
        <source>Closing once the message being sent is recorded (at most %1 s) ...</source>
        <translation>அனுப்பப்படும் செய்தி பதிவானதும் மூடப்படும் (அதிகபட்சம் %1 வினாடி) ...</translation>
    </message>
    <message>
        <source>WhatsApp: this desk stops sending…</source>
        <translation>WhatsApp: இந்த மேசை அனுப்புவதை நிறுத்துகிறது…</translation>
    </message>
    <message>
        <source>WhatsApp: not used here (this desk does not send; the WhatsApp profile is free for a sender station)</source>
        <translation>WhatsApp: இங்கு பயன்படுத்தப்படவில்லை (இந்த மேசை அனுப்புவதில்லை; WhatsApp சுயவிவரம் அனுப்பும் நிலையத்துக்குக் காலியாக உள்ளது)</translation>
    </message>
    <message>
        <source>Signing out once the message being sent is recorded (at most %1 s) ...</source>
        <translation>அனுப்பப்படும் செய்தி பதிவானதும் வெளியேறும் (அதிகபட்சம் %1 வி) ...</translation>
    </message>
    <message>
        <source>%1 (engine: %2)</source>
        <translation>%1 (இயந்திரம்: %2)</translation>
    </message>
    <message>
        <source>FrontDesk: sending paused</source>
        <translation>FrontDesk: அனுப்புதல் நிறுத்தப்பட்டது</translation>
    </message>
</context>
<context>
    <name>fd::Dispatcher</name>
    <message>
        <source>nothing to send</source>
        <translation>அனுப்ப எதுவும் இல்லை</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>நிறுத்தப்பட்டது</translation>
    </message>
    <message>
        <source>Waiting for the sender: %1</source>
        <translation>அனுப்புநருக்காகக் காத்திருக்கிறது: %1</translation>
    </message>
    <message>
        <source>quiet hours until %1</source>
        <translation>%1 வரை அமைதி நேரம்</translation>
    </message>
    <message>
        <source>Quiet hours: sending resumes at %1</source>
        <translation>அமைதி நேரம்: அனுப்புதல் %1-க்கு மீண்டும் தொடங்கும்</translation>
    </message>
    <message>
        <source>done</source>
        <translation>முடிந்தது</translation>
    </message>
    <message>
        <source>Waiting for messages</source>
        <translation>செய்திகளுக்காகக் காத்திருக்கிறது</translation>
    </message>
    <message>
        <source>found in the chat after a restart; not sent again</source>
        <translation>மறுதொடக்கத்துக்குப் பின் உரையாடலில் காணப்பட்டது; மீண்டும் அனுப்பப்படவில்லை</translation>
    </message>
    <message>
        <source>not found in the chat after a restart; sent again</source>
        <translation>மறுதொடக்கத்துக்குப் பின் உரையாடலில் காணப்படவில்லை; மீண்டும் அனுப்பப்பட்டது</translation>
    </message>
    <message>
        <source>Sending message %1</source>
        <translation>செய்தி %1 அனுப்பப்படுகிறது</translation>
    </message>
    <message>
        <source>Database unavailable: %1</source>
        <translation>தரவுத்தளம் கிடைக்கவில்லை: %1</translation>
    </message>
    <message>
        <source>an earlier try had reached the chat; not sent again</source>
        <translation>முந்தைய முயற்சி உரையாடலை அடைந்திருந்தது; மீண்டும் அனுப்பப்படவில்லை</translation>
    </message>
    <message>
        <source>Sending resumed</source>
        <translation>அனுப்புதல் மீண்டும் தொடங்கியது</translation>
    </message>
    <message>
        <source>found in the chat after taking it over from another station; not sent again</source>
        <translation>வேறொரு நிலையத்திடமிருந்து எடுத்த பின் உரையாடலில் காணப்பட்டது; மீண்டும் அனுப்பப்படவில்லை</translation>
    </message>
    <message>
        <source>not found in the chat after taking it over from another station; sent</source>
        <translation>வேறொரு நிலையத்திடமிருந்து எடுத்த பின் உரையாடலில் காணப்படவில்லை; அனுப்பப்பட்டது</translation>
    </message>
    <message>
        <source>this station stopped while sending and the chat could not be checked</source>
        <translation>அனுப்பும்போது இந்த நிலையம் நின்றது, உரையாடலைச் சரிபார்க்க முடியவில்லை</translation>
    </message>
    <message>
        <source>taken over from station %1 after its claim lapsed, and the chat could not be checked</source>
        <translation>நிலையம் %1-இன் கோரல் காலாவதியான பின் அதனிடமிருந்து எடுக்கப்பட்டது, உரையாடலைச் சரிபார்க்க முடியவில்லை</translation>
    </message>
    <message>
        <source>the chat could not be checked; the earlier try had not left, so it is sent</source>
        <translation>உரையாடலைச் சரிபார்க்க முடியவில்லை; முந்தைய முயற்சி வெளியே செல்லவில்லை, அதனால் அனுப்பப்படுகிறது</translation>
    </message>
    <message>
        <source>the chat could not be checked; sent again as an administrator asked</source>
        <translation>உரையாடலைச் சரிபார்க்க முடியவில்லை; நிர்வாகி கேட்டதால் மீண்டும் அனுப்பப்பட்டது</translation>
    </message>
    <message>
        <source>tried before and the chat could not be checked</source>
        <translation>முன்பே முயற்சிக்கப்பட்டது, உரையாடலைச் சரிபார்க்க முடியவில்லை</translation>
    </message>
    <message>
        <source>Checking WhatsApp with a message to the business&apos;s own number</source>
        <translation>வணிகத்தின் சொந்த எண்ணுக்கு ஒரு செய்தி அனுப்பி WhatsApp சோதிக்கப்படுகிறது</translation>
    </message>
    <message>
        <source>FrontDesk check before sending, %1 (%2). Nothing to do.</source>
        <translation>அனுப்பும் முன் FrontDesk சோதனை, %1 (%2). எதுவும் செய்ய வேண்டாம்.</translation>
    </message>
    <message>
        <source>Sending waits: %1</source>
        <translation>அனுப்புதல் காத்திருக்கிறது: %1</translation>
    </message>
</context>
<context>
    <name>fd::EngineersPage</name>
    <message>
        <source>Add an engineer</source>
        <translation>பொறியாளரைச் சேர்</translation>
    </message>
    <message>
        <source>Engineer&apos;s name</source>
        <translation>பொறியாளர் பெயர்</translation>
    </message>
    <message>
        <source>Engineer&apos;s mobile (staff, never messaged)</source>
        <translation>பொறியாளர் மொபைல் (ஊழியர், செய்திகள் அனுப்பப்படாது)</translation>
    </message>
    <message>
        <source>&amp;Add engineer</source>
        <translation>பொறியாளரைச் சேர்(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>பெயர்(&amp;N):</translation>
    </message>
    <message>
        <source>Engineers&apos; phones are staff phones: WhatsApp messages never go to them.</source>
        <translation>பொறியாளர்களின் தொலைபேசிகள் ஊழியர் எண்கள்: அவற்றுக்கு WhatsApp செய்திகள் ஒருபோதும் செல்லாது.</translation>
    </message>
    <message>
        <source>Engineers</source>
        <translation>பொறியாளர்கள்</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>மொபைல்</translation>
    </message>
    <message>
        <source>Enter the engineer&apos;s name.</source>
        <translation>பொறியாளரின் பெயரை உள்ளிடுங்கள்.</translation>
    </message>
    <message>
        <source>%1 can now be assigned to service requests.</source>
        <translation>%1-க்கு இப்போது சேவைக் கோரிக்கைகளை ஒதுக்கலாம்.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>நிலை</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>செயலில்</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>ஓய்வு பெற்றவர்</translation>
    </message>
    <message>
        <source>The selected engineer&apos;s name</source>
        <translation>தேர்ந்தெடுத்த பொறியாளரின் பெயர்</translation>
    </message>
    <message>
        <source>Nam&amp;e:</source>
        <translation>பெயர்(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>பெயர் மாற்று(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;tire</source>
        <translation>ஓய்வு அளி(&amp;T)</translation>
    </message>
    <message>
        <source>A retired engineer is no longer offered for new assignments; their service requests keep their name.</source>
        <translation>ஓய்வு பெற்ற பொறியாளர் புதிய பணிகளுக்குக் காட்டப்பட மாட்டார்; அவருடைய சேவை கோரிக்கைகளில் அவர் பெயர் இருக்கும்.</translation>
    </message>
    <message>
        <source>&amp;Bring back</source>
        <translation>மீண்டும் சேர்(&amp;B)</translation>
    </message>
    <message>
        <source>Renamed to %1. Requests assigned before keep the name they were assigned with.</source>
        <translation>பெயர் %1 என மாற்றப்பட்டது. முன்பு ஒதுக்கப்பட்ட கோரிக்கைகளில் ஒதுக்கிய போதிருந்த பெயரே இருக்கும்.</translation>
    </message>
    <message>
        <source>%1 can be assigned to service requests again.</source>
        <translation>%1 மீண்டும் சேவை கோரிக்கைகளுக்கு ஒதுக்கப்படலாம்.</translation>
    </message>
    <message>
        <source>%1 is retired: no longer offered for new assignments.</source>
        <translation>%1 ஓய்வு பெற்றார்: இனி புதிய பணிகளுக்குக் காட்டப்பட மாட்டார்.</translation>
    </message>
</context>
<context>
    <name>fd::EnquiriesTab</name>
    <message>
        <source>New enquiry</source>
        <translation>புதிய விசாரணை</translation>
    </message>
    <message>
        <source>Product or subject</source>
        <translation>பொருள் அல்லது தலைப்பு</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>குறிப்புகள்</translation>
    </message>
    <message>
        <source>&amp;Save enquiry</source>
        <translation>விசாரணையைச் சேமி(&amp;S)</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>சேமி (Ctrl+S)</translation>
    </message>
    <message>
        <source>Ne&amp;w</source>
        <translation>புதியது(&amp;W)</translation>
    </message>
    <message>
        <source>Clear the form for the next customer (Ctrl+N)</source>
        <translation>அடுத்த வாடிக்கையாளருக்காகப் படிவத்தை அழி (Ctrl+N)</translation>
    </message>
    <message>
        <source>Product or su&amp;bject:</source>
        <translation>பொருள் அல்லது தலைப்பு(&amp;B):</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>குறிப்புகள்(&amp;O):</translation>
    </message>
    <message>
        <source>Recent enquiries</source>
        <translation>சமீபத்திய விசாரணைகள்</translation>
    </message>
    <message>
        <source>Search by name, phone or product (Ctrl+F)</source>
        <translation>பெயர், தொலைபேசி அல்லது பொருள் மூலம் தேடு (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search enquiries</source>
        <translation>விசாரணைகளைத் தேடு</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>குறிப்பு</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>தேதி</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>வாடிக்கையாளர்</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>தொலைபேசி</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>செய்தி</translation>
    </message>
    <message>
        <source>enter the product or subject.</source>
        <translation>பொருள் அல்லது தலைப்பை உள்ளிடுங்கள்.</translation>
    </message>
    <message>
        <source>Enquiry %1 saved.</source>
        <translation>விசாரணை %1 சேமிக்கப்பட்டது.</translation>
    </message>
    <message>
        <source>Not in the message log</source>
        <translation>செய்திப் பதிவில் இல்லை</translation>
    </message>
    <message>
        <source>Not sent: staff number</source>
        <translation>அனுப்பப்படவில்லை: பணியாளர் எண்</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>அனுப்பப்படவில்லை: %1</translation>
    </message>
    <message>
        <source>✗ Failed</source>
        <translation>✗ தோல்வி</translation>
    </message>
    <message>
        <source>✗ Failed: %1</source>
        <translation>✗ தோல்வி: %1</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>அனுப்பக் காத்திருக்கிறது</translation>
    </message>
    <message>
        <source>Waiting to be sent again</source>
        <translation>மீண்டும் அனுப்பக் காத்திருக்கிறது</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>அனுப்பப்படுகிறது…</translation>
    </message>
    <message>
        <source>All of the selected enquiry, its notes too; correct a typo (Enter on the row)</source>
        <translation>தேர்ந்தெடுத்த விசாரணை முழுவதும், குறிப்புகளுடன்; தட்டச்சுப் பிழையைத் திருத்துங்கள் (வரிசையில் Enter)</translation>
    </message>
</context>
<context>
    <name>fd::EntryPage</name>
    <message>
        <source>Customer name</source>
        <translation>வாடிக்கையாளர் பெயர்</translation>
    </message>
    <message>
        <source>Customer phone</source>
        <translation>வாடிக்கையாளர் தொலைபேசி</translation>
    </message>
    <message>
        <source>Customer &amp;name:</source>
        <translation>வாடிக்கையாளர் பெயர்(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>தொலைபேசி(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>மொழி(&amp;L):</translation>
    </message>
    <message>
        <source>WhatsApp message that will go</source>
        <translation>அனுப்பப்படும் WhatsApp செய்தி</translation>
    </message>
    <message>
        <source>No WhatsApp message will go: %1.</source>
        <translation>WhatsApp செய்தி எதுவும் அனுப்பப்படாது: %1.</translation>
    </message>
    <message>
        <source>Search by name, phone, reference… (Ctrl+F)</source>
        <translation>பெயர், தொலைபேசி, குறிப்பு மூலம் தேடு… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the list</source>
        <translation>பட்டியலில் தேடு</translation>
    </message>
    <message>
        <source>All</source>
        <translation>அனைத்தும்</translation>
    </message>
    <message>
        <source>Open / correct…</source>
        <translation>திற / திருத்து…</translation>
    </message>
</context>
<context>
    <name>fd::FirstRunWizard</name>
    <message>
        <source>Set up FrontDesk</source>
        <translation>FrontDesk-ஐ அமை</translation>
    </message>
    <message>
        <source>&amp;Open FrontDesk</source>
        <translation>FrontDesk-ஐத் திற(&amp;O)</translation>
    </message>
    <message>
        <source>Where should FrontDesk keep its data?</source>
        <translation>FrontDesk தன் தரவை எங்கே வைக்க வேண்டும்?</translation>
    </message>
    <message>
        <source>One desk: keep it on this computer. Several desks: use your PostgreSQL server.</source>
        <translation>ஒரு மேசை: இந்தக் கணினியிலேயே வை. பல மேசைகள்: உங்கள் PostgreSQL சேவையகத்தைப் பயன்படுத்துங்கள்.</translation>
    </message>
    <message>
        <source>&amp;This computer only (SQLite — nothing to set up)</source>
        <translation>இந்தக் கணினி மட்டும் (SQLite — அமைக்க எதுவும் இல்லை)(&amp;T)</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>தரவுத்தளக் கோப்பு</translation>
    </message>
    <message>
        <source>A &amp;PostgreSQL server shared by several desks</source>
        <translation>பல மேசைகள் பகிரும் PostgreSQL சேவையகம்(&amp;P)</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>சேவையகம்</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>போர்ட்</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>தரவுத்தளம்</translation>
    </message>
    <message>
        <source>User</source>
        <translation>பயனர்</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>கடவுச்சொல்</translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation>இணைப்பைச் சோதி(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>சேவையகம்(&amp;S):</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>போர்ட்(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>தரவுத்தளம்(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;User (may create roles):</source>
        <translation>பயனர் (பங்குகளை உருவாக்கக்கூடியவர்)(&amp;U):</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>கடவுச்சொல்(&amp;W):</translation>
    </message>
    <message>
        <source>The password is kept only in this computer&apos;s keychain, never in a file.</source>
        <translation>கடவுச்சொல் இந்தக் கணினியின் கீசெயினில் மட்டுமே வைக்கப்படும், எந்தக் கோப்பிலும் அல்ல.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>கோப்பு(&amp;F):</translation>
    </message>
    <message>
        <source>The first administrator</source>
        <translation>முதல் நிர்வாகி</translation>
    </message>
    <message>
        <source>Administrators manage settings, templates, users and retries. Add the reception staff later under Users.</source>
        <translation>நிர்வாகிகள் அமைப்புகள், வார்ப்புருக்கள், பயனர்கள், மறு அனுப்புதல் ஆகியவற்றைக் கவனிப்பார்கள். வரவேற்பு ஊழியர்களைப் பின்னர் &quot;பயனர்கள்&quot; பகுதியில் சேருங்கள்.</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>முழுப் பெயர்</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>பயனர் பெயர்</translation>
    </message>
    <message>
        <source>Mobile phone (never messaged)</source>
        <translation>மொபைல் தொலைபேசி (செய்திகள் அனுப்பப்படாது)</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>கடவுச்சொல் மீண்டும்</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>முழுப் பெயர்(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>பயனர் பெயர்(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Mobile (staff, never messaged):</source>
        <translation>மொபைல் (ஊழியர், செய்திகள் அனுப்பப்படாது)(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Password (8 or more characters):</source>
        <translation>கடவுச்சொல் (8 அல்லது அதற்கு மேல் எழுத்துகள்)(&amp;P):</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>கடவுச்சொல் மீண்டும்(&amp;A):</translation>
    </message>
    <message>
        <source>Your business</source>
        <translation>உங்கள் வணிகம்</translation>
    </message>
    <message>
        <source>Shown in every WhatsApp message to your customers.</source>
        <translation>வாடிக்கையாளர்களுக்கான ஒவ்வொரு WhatsApp செய்தியிலும் காட்டப்படும்.</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>நிறுவனத்தின் பெயர்</translation>
    </message>
    <message>
        <source>Company phone</source>
        <translation>நிறுவனத் தொலைபேசி</translation>
    </message>
    <message>
        <source>Company na&amp;me:</source>
        <translation>நிறுவனத்தின் பெயர்(&amp;M):</translation>
    </message>
    <message>
        <source>Company &amp;phone:</source>
        <translation>நிறுவனத் தொலைபேசி(&amp;P):</translation>
    </message>
    <message>
        <source>FrontDesk is ready</source>
        <translation>FrontDesk தயார்</translation>
    </message>
    <message>
        <source>Enter the server, the database and the user.</source>
        <translation>சேவையகம், தரவுத்தளம், பயனர் ஆகியவற்றை உள்ளிடுங்கள்.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>இணைக்கிறது…</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>✓ Connected: %1</source>
        <translation>✓ இணைந்தது: %1</translation>
    </message>
    <message>
        <source>Enter the administrator&apos;s name.</source>
        <translation>நிர்வாகியின் பெயரை உள்ளிடுங்கள்.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>இரண்டு கடவுச்சொற்களும் வேறுபடுகின்றன.</translation>
    </message>
    <message>
        <source>Enter the company name: customers see it in every message.</source>
        <translation>நிறுவனத்தின் பெயரை உள்ளிடுங்கள்: வாடிக்கையாளர்கள் அதை ஒவ்வொரு செய்தியிலும் காண்பார்கள்.</translation>
    </message>
    <message>
        <source>Setting up the database…</source>
        <translation>தரவுத்தளம் அமைக்கப்படுகிறது…</translation>
    </message>
    <message>
        <source>&lt;p&gt;The database is ready and &lt;b&gt;%1&lt;/b&gt; can sign in as &lt;b&gt;%2&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Next:&lt;/b&gt; open the &lt;b&gt;WhatsApp&lt;/b&gt; tab and scan the QR code with the business phone (WhatsApp → Linked devices → Link a device). Until then messages wait in the queue.&lt;/p&gt;</source>
        <translation>&lt;p&gt;தரவுத்தளம் தயார்; &lt;b&gt;%1&lt;/b&gt; &lt;b&gt;%2&lt;/b&gt; ஆக உள்நுழையலாம்.&lt;/p&gt;&lt;p&gt;&lt;b&gt;அடுத்து:&lt;/b&gt; &lt;b&gt;WhatsApp&lt;/b&gt; தாவலைத் திறந்து வணிகத் தொலைபேசியில் QR குறியீட்டை ஸ்கேன் செய்யுங்கள் (WhatsApp → Linked devices → Link a device). அதுவரை செய்திகள் வரிசையில் காத்திருக்கும்.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Saving the database password in the keychain…</source>
        <translation>தரவுத்தளக் கடவுச்சொல் கீசெயினில் சேமிக்கப்படுகிறது…</translation>
    </message>
    <message>
        <source>The database password is in this computer&apos;s keychain.</source>
        <translation>தரவுத்தளக் கடவுச்சொல் இந்தக் கணினியின் கீசெயினில் உள்ளது.</translation>
    </message>
    <message>
        <source>Tracking link</source>
        <translation>கண்காணிப்பு இணைப்பு</translation>
    </message>
    <message>
        <source>Feedback link</source>
        <translation>கருத்து இணைப்பு</translation>
    </message>
    <message>
        <source>Service request messages carry two links made from the ticket number ({ticket_id}): one to follow the request, one to give feedback. With a mobile number above, FrontDesk suggests WhatsApp links that open a chat with you about the ticket; your website&apos;s pages work too. Without the links those messages cannot be sent.</source>
        <translation>சேவைக் கோரிக்கைச் செய்திகளில் டிக்கெட் எண்ணிலிருந்து ({ticket_id}) உருவான இரண்டு இணைப்புகள் இருக்கும்: ஒன்று கோரிக்கையைக் கண்காணிக்க, ஒன்று கருத்து தெரிவிக்க. மேலே கைபேசி எண் இருந்தால், டிக்கெட் பற்றி உங்களுடன் அரட்டையைத் திறக்கும் WhatsApp இணைப்புகளை FrontDesk பரிந்துரைக்கும்; உங்கள் இணையதளப் பக்கங்களும் பொருந்தும். இணைப்புகள் இல்லாமல் அந்தச் செய்திகளை அனுப்ப முடியாது.</translation>
    </message>
    <message>
        <source>&amp;Tracking link:</source>
        <translation>கண்காணிப்பு இணைப்பு(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Feedback link:</source>
        <translation>கருத்து இணைப்பு(&amp;F):</translation>
    </message>
    <message>
        <source>Without both links, service request messages cannot be sent until an administrator adds them in Settings. Press Next again to go on without them.</source>
        <translation>இரண்டு இணைப்புகளும் இல்லாமல், நிர்வாகி அவற்றை அமைப்புகளில் சேர்க்கும் வரை சேவைக் கோரிக்கைச் செய்திகளை அனுப்ப முடியாது. அவை இல்லாமல் தொடர மீண்டும் Next ஐ அழுத்துங்கள்.</translation>
    </message>
</context>
<context>
    <name>fd::JobSheet</name>
    <message>
        <source>Job sheet</source>
        <translation>வேலைத் தாள்</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>வாடிக்கையாளர்</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>தொலைபேசி</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>சேவை</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>விவரம்</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>திட்டமிட்ட தேதி</translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation>பொறியாளர்</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>நிலை</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>முடிந்தது</translation>
    </message>
    <message>
        <source>Please tell us how we did:</source>
        <translation>எங்கள் சேவை எப்படி இருந்தது என்று சொல்லுங்கள்:</translation>
    </message>
    <message>
        <source>Engineer&apos;s signature</source>
        <translation>பொறியாளர் கையொப்பம்</translation>
    </message>
    <message>
        <source>Customer&apos;s signature</source>
        <translation>வாடிக்கையாளர் கையொப்பம்</translation>
    </message>
</context>
<context>
    <name>fd::LanguageBox</name>
    <message>
        <source>English</source>
        <translation>ஆங்கிலம் — English</translation>
    </message>
    <message>
        <source>Hindi — हिन्दी</source>
        <translation>இந்தி — हिन्दी</translation>
    </message>
    <message>
        <source>Tamil — தமிழ்</source>
        <translation>தமிழ்</translation>
    </message>
    <message>
        <source>Message language</source>
        <translation>செய்தியின் மொழி</translation>
    </message>
</context>
<context>
    <name>fd::LanguageMenu</name>
    <message>
        <source>The new language is used from the next time FrontDesk starts. This window stays as it is, with everything typed in it.</source>
        <translation>புதிய மொழி FrontDesk அடுத்த முறை தொடங்கும்போது பயன்படும். இந்தச் சாளரம், அதில் தட்டச்சு செய்தவற்றுடன், அப்படியே இருக்கும்.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>மொழி(&amp;L)</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>கணினியின் மொழி</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>மொழி</translation>
    </message>
</context>
<context>
    <name>fd::LogFilterBar</name>
    <message>
        <source>Any</source>
        <translation>ஏதேனும்</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>நிகழ்வு</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>அனைத்து நிகழ்வுகளும்</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>நிலை</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>அனைத்து நிலைகளும்</translation>
    </message>
    <message>
        <source>Sent, delivered or read</source>
        <translation>அனுப்பப்பட்டது, சென்றடைந்தது அல்லது படிக்கப்பட்டது</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>தோல்வி</translation>
    </message>
    <message>
        <source>Waiting (pending, sending, retrying)</source>
        <translation>காத்திருப்பில் (நிலுவை, அனுப்புகிறது, மறு முயற்சி)</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>தவிர்க்கப்பட்டது</translation>
    </message>
    <message>
        <source>Only: %1</source>
        <translation>மட்டும்: %1</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>இந்தத் தேதியிலிருந்து</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>இந்தத் தேதி வரை</translation>
    </message>
    <message>
        <source>Search by phone or customer name</source>
        <translation>தொலைபேசி அல்லது வாடிக்கையாளர் பெயர் மூலம் தேடு</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>வடிகட்டிகளை அழி</translation>
    </message>
    <message>
        <source>From</source>
        <translation>இருந்து</translation>
    </message>
    <message>
        <source>To</source>
        <translation>வரை</translation>
    </message>
    <message>
        <source>Failed: may have been sent</source>
        <translation>தோல்வி: அனுப்பப்பட்டிருக்கலாம்</translation>
    </message>
    <message>
        <source>Search phone, name or reference (SR-000001)…</source>
        <translation>தொலைபேசி, பெயர் அல்லது குறிப்பு (SR-000001) தேடுக…</translation>
    </message>
</context>
<context>
    <name>fd::LoginDialog</name>
    <message>
        <source>FrontDesk — sign in</source>
        <translation>FrontDesk — உள்நுழைவு</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sign in to FrontDesk&lt;/b&gt;</source>
        <translation>&lt;b&gt;FrontDesk-இல் உள்நுழையுங்கள்&lt;/b&gt;</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>பயனர் பெயர்</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>கடவுச்சொல்</translation>
    </message>
    <message>
        <source>&amp;Remember my password on this computer (in the keychain)</source>
        <translation>இந்தக் கணினியில் என் கடவுச்சொல்லை நினைவில் வை (கீசெயினில்)(&amp;R)</translation>
    </message>
    <message>
        <source>Sign-in message</source>
        <translation>உள்நுழைவுச் செய்தி</translation>
    </message>
    <message>
        <source>&amp;Database user:</source>
        <translation>தரவுத்தளப் பயனர்(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>பயனர் பெயர்(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>கடவுச்சொல்(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>உள்நுழை(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>வெளியேறு(&amp;Q)</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>தரவுத்தளம் திறக்கப்படுகிறது…</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords. Try again in %n second(s).</source>
        <translation>
            <numerusform>பலமுறை தவறான கடவுச்சொல். %n விநாடியில் மீண்டும் முயலுங்கள்.</numerusform>
            <numerusform>பலமுறை தவறான கடவுச்சொல். %n விநாடிகளில் மீண்டும் முயலுங்கள்.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>இப்போது மீண்டும் முயலலாம்.</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>உங்கள் பயனர் பெயரை உள்ளிடுங்கள்.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>உங்கள் கடவுச்சொல்லை உள்ளிடுங்கள்.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>உள்நுழைகிறது…</translation>
    </message>
    <message>
        <source>The database was upgraded from schema version %1 to %2; the file as it was is kept at %3.</source>
        <translation>தரவுத்தளம் ஸ்கீமா பதிப்பு %1-இலிருந்து %2-க்கு மேம்படுத்தப்பட்டது; பழைய கோப்பின் நகல் %3-இல் உள்ளது.</translation>
    </message>
    <message>
        <source>Checking the database…</source>
        <translation>தரவுத்தளம் சரிபார்க்கப்படுகிறது…</translation>
    </message>
    <message>
        <source>The database needs an upgrade from schema version %1 to %2 before FrontDesk %3 can use it. Ask an administrator to sign in on this desk and upgrade it.</source>
        <translation>FrontDesk %3 பயன்படுத்தும் முன் தரவுத்தளத்தை ஸ்கீமா பதிப்பு %1-இலிருந்து %2-க்கு மேம்படுத்த வேண்டும். இந்த மேசையில் உள்நுழைந்து மேம்படுத்துமாறு ஒரு நிர்வாகியைக் கேளுங்கள்.</translation>
    </message>
</context>
<context>
    <name>fd::MainWindow</name>
    <message>
        <source>FrontDesk</source>
        <translation>FrontDesk</translation>
    </message>
    <message>
        <source>Desk pages</source>
        <translation>மேசைப் பக்கங்கள்</translation>
    </message>
    <message>
        <source>Enquiries</source>
        <translation>விசாரணைகள்</translation>
    </message>
    <message>
        <source>Service requests</source>
        <translation>சேவைக் கோரிக்கைகள்</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>டெலிவரிகள்</translation>
    </message>
    <message>
        <source>Database status</source>
        <translation>தரவுத்தள நிலை</translation>
    </message>
    <message>
        <source>WhatsApp: not started</source>
        <translation>WhatsApp: தொடங்கவில்லை</translation>
    </message>
    <message>
        <source>WhatsApp status</source>
        <translation>WhatsApp நிலை</translation>
    </message>
    <message>
        <source>Messages waiting and failed</source>
        <translation>காத்திருக்கும், தோல்வியடைந்த செய்திகள்</translation>
    </message>
    <message>
        <source>Signed in user</source>
        <translation>உள்நுழைந்த பயனர்</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>நிர்வாகி</translation>
    </message>
    <message>
        <source>reception</source>
        <translation>வரவேற்பு</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — connecting…</source>
        <translation>%1 — இணைக்கிறது…</translation>
    </message>
    <message>
        <source>%1 — not reachable: %2. What you type is kept.</source>
        <translation>%1 — அணுக முடியவில்லை: %2. நீங்கள் தட்டச்சு செய்தது பாதுகாக்கப்படும்.</translation>
    </message>
    <message>
        <source>&amp;Desk</source>
        <translation>மேசை(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>சேமி(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>புதியது(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>தேடு(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>புதுப்பி(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>வெளியேறு(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>செல்(&amp;G)</translation>
    </message>
    <message>
        <source>Tab %1</source>
        <translation>தாவல் %1</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>உதவி(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>விசைப்பலகைக் குறுக்குவழிகள்(&amp;K)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>விசைப்பலகைக் குறுக்குவழிகள்</translation>
    </message>
    <message>
        <source>Ctrl+S  save the form
Ctrl+N  clear the form for the next customer
Ctrl+F  search the list
F5  refresh
Ctrl+1…9  go to a tab
Alt+underlined letter  go to that field
Ctrl+P  print the job sheet</source>
        <translation>Ctrl+S  படிவத்தைச் சேமி
Ctrl+N  அடுத்த வாடிக்கையாளருக்காகப் படிவத்தை அழி
Ctrl+F  பட்டியலில் தேடு
F5  புதுப்பி
Ctrl+1…9  ஒரு தாவலுக்குச் செல்
Alt+அடிக்கோடிட்ட எழுத்து  அந்தப் புலத்துக்குச் செல்
Ctrl+P  வேலைத் தாளை அச்சிடு</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Message log</source>
        <translation>செய்திப் பதிவு</translation>
    </message>
    <message>
        <source>Messages: unknown</source>
        <translation>செய்திகள்: தெரியவில்லை</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>இணைக்கிறது…</translation>
    </message>
    <message>
        <source>Messages waiting: %1 · failed: %2</source>
        <translation>காத்திருக்கும் செய்திகள்: %1 · தோல்வி: %2</translation>
    </message>
    <message>
        <source>Open Settings…</source>
        <translation>அமைப்புகளைத் திற…</translation>
    </message>
    <message>
        <source>%1 (messages: %2)</source>
        <translation>%1 (செய்திகள்: %2)</translation>
    </message>
    <message>
        <source>Some WhatsApp messages cannot be sent until Settings are complete: %1. They are kept in the message log as failed; once the setting is filled in, retry them there.</source>
        <translation>அமைப்புகள் முழுமையாகும் வரை சில WhatsApp செய்திகளை அனுப்ப முடியாது: %1. அவை செய்திப் பதிவில் தோல்வியுற்றவையாக வைக்கப்படும்; அமைப்பை நிரப்பிய பின் அங்கிருந்து மீண்டும் அனுப்புங்கள்.</translation>
    </message>
    <message>
        <source>this desk does not send them (a sender station does)</source>
        <translation>இந்த மேசை இவற்றை அனுப்புவதில்லை (அனுப்பும் நிலையம் அனுப்பும்)</translation>
    </message>
    <message>
        <source>Messages waiting: %1 (%2) · failed: %3</source>
        <translation>காத்திருக்கும் செய்திகள்: %1 (%2) · தோல்வி: %3</translation>
    </message>
    <message>
        <source>Quit FrontDesk</source>
        <translation>FrontDesk-ஐ மூடு</translation>
    </message>
    <message>
        <source>Not saved yet: the form on %1.

Quit and lose what was typed?</source>
        <translation>இன்னும் சேமிக்கப்படவில்லை: %1 படிவம்.

மூடி, தட்டச்சு செய்ததை இழக்கவா?</translation>
    </message>
    <message>
        <source>&amp;Quit without saving</source>
        <translation>சேமிக்காமல் மூடு(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Keep working</source>
        <translation>தொடர்ந்து வேலை செய்(&amp;K)</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>வெளியேறு(&amp;O)</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>வெளியேறு</translation>
    </message>
    <message>
        <source>Not saved yet: the form on %1.

Sign out and lose what was typed?</source>
        <translation>இன்னும் சேமிக்கப்படவில்லை: %1 படிவம்.

வெளியேறி, தட்டச்சு செய்ததை இழக்கவா?</translation>
    </message>
    <message>
        <source>&amp;Sign out without saving</source>
        <translation>சேமிக்காமல் வெளியேறு(&amp;S)</translation>
    </message>
</context>
<context>
    <name>fd::MessageDetailsPane</name>
    <message>
        <source>Message details</source>
        <translation>செய்தி விவரம்</translation>
    </message>
    <message>
        <source>Failure screenshot</source>
        <translation>தோல்வியின் திரைப்பிடிப்பு</translation>
    </message>
    <message>
        <source>Select a message to see its details.</source>
        <translation>விவரங்களைக் காண ஒரு செய்தியைத் தேர்ந்தெடுங்கள்.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>செய்தி</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>வாடிக்கையாளர்</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>தொலைபேசி</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>மொழி</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>பதிவு</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>உருவாக்கப்பட்டது</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>உருவாக்கியவர்</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>திட்டமிடப்பட்டது</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>அடுத்த முயற்சி</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>அனுப்பப்பட்டது</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>சென்றடைந்தது</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>படிக்கப்பட்டது</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>அனுப்பும் வழி</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>நிலையம்</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>மறு முயற்சிகள்</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>பிழை</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>செய்தி உரை</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>முயற்சிகள்</translation>
    </message>
    <message>
        <source>No attempt yet.</source>
        <translation>இன்னும் முயற்சி இல்லை.</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>தொடக்கம்</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>முடிவு</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>விளைவு</translation>
    </message>
    <message>
        <source>Error / note</source>
        <translation>பிழை / குறிப்பு</translation>
    </message>
    <message>
        <source>unfinished</source>
        <translation>முடியவில்லை</translation>
    </message>
    <message>
        <source>Screenshot at the failure</source>
        <translation>தோல்வியின்போது எடுத்த திரைப்பிடிப்பு</translation>
    </message>
    <message>
        <source>Saved on station %1 as %2; the file cannot be opened from this desk.</source>
        <translation>நிலையம் %1-இல் %2 ஆகச் சேமிக்கப்பட்டது; இந்த மேசையிலிருந்து அந்தக் கோப்பைத் திறக்க முடியாது.</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(தெரியாதது)</translation>
    </message>
</context>
<context>
    <name>fd::MessageLogModel</name>
    <message>
        <source>Created</source>
        <translation>உருவாக்கப்பட்டது</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>நிகழ்வு</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>வாடிக்கையாளர்</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>தொலைபேசி</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>நிலை</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>மறு முயற்சிகள்</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>அனுப்பும் வழி</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>நிலையம்</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>பிழை</translation>
    </message>
    <message>
        <source>Enquiry received</source>
        <translation>விசாரணை பெறப்பட்டது</translation>
    </message>
    <message>
        <source>Service request created</source>
        <translation>சேவைக் கோரிக்கை உருவானது</translation>
    </message>
    <message>
        <source>Engineer assigned</source>
        <translation>பொறியாளர் ஒதுக்கப்பட்டார்</translation>
    </message>
    <message>
        <source>Service completed</source>
        <translation>சேவை முடிந்தது</translation>
    </message>
    <message>
        <source>Delivery failed</source>
        <translation>டெலிவரி தோல்வி</translation>
    </message>
    <message>
        <source>Delivery re-attempt</source>
        <translation>டெலிவரி மறு முயற்சி</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>நிலுவையில்</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>அனுப்பப்படுகிறது</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>அனுப்பப்பட்டது</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>சென்றடைந்தது</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>படிக்கப்பட்டது</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>தோல்வி</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>மீண்டும் முயல்கிறது</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>தவிர்க்கப்பட்டது</translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation>உறுதிசெய்யப்படவில்லை</translation>
    </message>
    <message>
        <source>Check before sending</source>
        <translation>அனுப்பும் முன் சோதனை</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>இடையில் நின்றது</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>குறிப்பு</translation>
    </message>
</context>
<context>
    <name>fd::MessageLogTab</name>
    <message>
        <source>WhatsApp messages</source>
        <translation>WhatsApp செய்திகள்</translation>
    </message>
    <message>
        <source>First</source>
        <translation>முதல்</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>முந்தைய</translation>
    </message>
    <message>
        <source>Page %1 of %2 (%3–%4 of %5)</source>
        <translation>பக்கம் %1 / %2 (%5-இல் %3–%4)</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>ஏற்றுகிறது…</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>அடுத்து</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>கடைசி</translation>
    </message>
    <message>
        <source>Rows per page</source>
        <translation>ஒரு பக்கத்துக்கு வரிசைகள்</translation>
    </message>
    <message>
        <source>%1 per page</source>
        <translation>பக்கத்துக்கு %1</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV ஏற்றுமதி…</translation>
    </message>
    <message>
        <source>Retry selected</source>
        <translation>தேர்ந்தவற்றை மீண்டும் அனுப்பு</translation>
    </message>
    <message>
        <source>Retry all failed</source>
        <translation>தோல்வியடைந்த அனைத்தையும் மீண்டும் அனுப்பு</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>மொத்தம்:</translation>
    </message>
    <message>
        <source>Sent:</source>
        <translation>அனுப்பியவை:</translation>
    </message>
    <message>
        <source>Failed:</source>
        <translation>தோல்வி:</translation>
    </message>
    <message>
        <source>Pending:</source>
        <translation>நிலுவை:</translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation>தவிர்த்தவை:</translation>
    </message>
    <message>
        <source>Select a message to see its details.</source>
        <translation>விவரங்களைக் காண ஒரு செய்தியைத் தேர்ந்தெடுங்கள்.</translation>
    </message>
    <message>
        <source>Retry messages</source>
        <translation>செய்திகளை மீண்டும் அனுப்பு</translation>
    </message>
    <message numerus="yes">
        <source>Send %n failed message(s) again?</source>
        <translation>
            <numerusform>தோல்வியடைந்த %n செய்தியை மீண்டும் அனுப்பவா?</numerusform>
            <numerusform>தோல்வியடைந்த %n செய்திகளை மீண்டும் அனுப்பவா?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send all %n failed message(s) of the current filter again?</source>
        <translation>
            <numerusform>தற்போதைய வடிகட்டியில் தோல்வியடைந்த %n செய்தியை மீண்டும் அனுப்பவா?</numerusform>
            <numerusform>தற்போதைய வடிகட்டியில் தோல்வியடைந்த %n செய்திகளையும் மீண்டும் அனுப்பவா?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) will be sent again.</source>
        <translation>
            <numerusform>%n செய்தி மீண்டும் அனுப்பப்படும்.</numerusform>
            <numerusform>%n செய்திகள் மீண்டும் அனுப்பப்படும்.</numerusform>
        </translation>
    </message>
    <message>
        <source>The others were no longer failed.</source>
        <translation>மற்றவை இப்போது தோல்வி நிலையில் இல்லை.</translation>
    </message>
    <message>
        <source>Export messages</source>
        <translation>செய்திகளை ஏற்றுமதி செய்</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV கோப்புகள் (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>ஏற்றுமதி செய்கிறது…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n message(s) to %1.</source>
        <translation>
            <numerusform>%n செய்தி %1-க்கு ஏற்றுமதி செய்யப்பட்டது.</numerusform>
            <numerusform>%n செய்திகள் %1-க்கு ஏற்றுமதி செய்யப்பட்டன.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume sending</source>
        <translation>அனுப்புதலை மீண்டும் தொடங்கு</translation>
    </message>
    <message>
        <source>Resume sending on station %1?

Do this after the selector pack (or FrontDesk) was updated. Messages marked &quot;may have been sent&quot; stay failed: look in each chat before retrying them.</source>
        <translation>நிலையம் %1 இல் அனுப்புதலை மீண்டும் தொடங்கவா?

தேர்வி தொகுப்பு (அல்லது FrontDesk) புதுப்பிக்கப்பட்ட பிறகே இதைச் செய்யுங்கள். &quot;அனுப்பப்பட்டிருக்கலாம்&quot; எனக் குறிக்கப்பட்ட செய்திகள் தோல்வியாகவே இருக்கும்: மீண்டும் அனுப்பும் முன் ஒவ்வொரு அரட்டையையும் பாருங்கள்.</translation>
    </message>
    <message>
        <source>Sending resumed on station %1.</source>
        <translation>நிலையம் %1 இல் அனுப்புதல் மீண்டும் தொடங்கியது.</translation>
    </message>
    <message>
        <source>Station %1 was no longer paused.</source>
        <translation>நிலையம் %1 இப்போது நிறுத்தத்தில் இல்லை.</translation>
    </message>
    <message numerus="yes">
        <source>%n of them filled in again from the record and today&apos;s settings.</source>
        <translation>
            <numerusform>அவற்றில் %n செய்தி பதிவிலிருந்தும் இன்றைய அமைப்புகளிலிருந்தும் மீண்டும் நிரப்பப்பட்டது.</numerusform>
            <numerusform>அவற்றில் %n செய்திகள் பதிவிலிருந்தும் இன்றைய அமைப்புகளிலிருந்தும் மீண்டும் நிரப்பப்பட்டன.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) could not be filled in and stay failed: %1.</source>
        <translation>
            <numerusform>%n செய்தியை நிரப்ப முடியவில்லை, அது தோல்வியுற்றதாகவே இருக்கும்: %1.</numerusform>
            <numerusform>%n செய்திகளை நிரப்ப முடியவில்லை, அவை தோல்வியுற்றவையாகவே இருக்கும்: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select one or more failed, skipped or stuck messages.</source>
        <translation>தோல்வியுற்ற, தவிர்க்கப்பட்ட அல்லது சிக்கிய ஒன்று அல்லது அதற்கு மேற்பட்ட செய்திகளைத் தேர்ந்தெடுக்கவும்.</translation>
    </message>
    <message numerus="yes">
        <source>Send %n selected message(s) again?</source>
        <translation>
            <numerusform>தேர்ந்தெடுத்த %n செய்தியை மீண்டும் அனுப்பவா?</numerusform>
            <numerusform>தேர்ந்தெடுத்த %n செய்திகளை மீண்டும் அனுப்பவா?</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped on purpose: %1. They go only if the customer may be messaged now; a customer who opted out must be un-opted-out first.</source>
        <translation>வேண்டுமென்றே தவிர்க்கப்பட்டவை: %1. வாடிக்கையாளருக்கு இப்போது செய்தி அனுப்பலாம் என்றால் மட்டுமே அவை செல்லும்; விலகிய வாடிக்கையாளரின் விலகலை முதலில் நீக்க வேண்டும்.</translation>
    </message>
    <message>
        <source>A message still being sent is left alone until its claim has ended. One whose claim ended may have been sent: look in its chat first.</source>
        <translation>இன்னும் அனுப்பப்படும் செய்தி அதன் கோரல் முடியும் வரை தொடப்படாது. கோரல் முடிந்த செய்தி ஏற்கனவே அனுப்பப்பட்டிருக்கலாம்: முதலில் அதன் அரட்டையைப் பார்க்கவும்.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) may still be being sent by their station and were left alone.</source>
        <translation>
            <numerusform>%n செய்தி இன்னும் அதன் நிலையத்தால் அனுப்பப்படலாம்; அது தொடப்படவில்லை.</numerusform>
            <numerusform>%n செய்திகள் இன்னும் அவற்றின் நிலையத்தால் அனுப்பப்படலாம்; அவை தொடப்படவில்லை.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped message(s) stay skipped: %1.</source>
        <translation>
            <numerusform>தவிர்க்கப்பட்ட %n செய்தி தவிர்க்கப்பட்டதாகவே இருக்கும்: %1.</numerusform>
            <numerusform>தவிர்க்கப்பட்ட %n செய்திகள் தவிர்க்கப்பட்டவையாகவே இருக்கும்: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fd::MessagePreview</name>
    <message>
        <source>WhatsApp message preview</source>
        <translation>WhatsApp செய்தி முன்னோட்டம்</translation>
    </message>
</context>
<context>
    <name>fd::OptOutImport</name>
    <message>
        <source>The file is not well-formed CSV (a quote is not closed); check its last lines.</source>
        <translation>கோப்பு சரியான CSV அல்ல (ஒரு மேற்கோள் மூடப்படவில்லை); கடைசி வரிகளைச் சரிபாருங்கள்.</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a phone number.</source>
        <translation>வரி %1: &quot;%2&quot; தொலைபேசி எண் அல்ல.</translation>
    </message>
</context>
<context>
    <name>fd::OptOutPanel</name>
    <message>
        <source>Opted-out customers</source>
        <translation>செய்திகள் வேண்டாம் என்ற வாடிக்கையாளர்கள்</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>தொலைபேசி</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>பெயர்</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>எப்போதிலிருந்து</translation>
    </message>
    <message>
        <source>Phone to opt out</source>
        <translation>செய்திகளை நிறுத்த வேண்டிய தொலைபேசி</translation>
    </message>
    <message>
        <source>Name (optional)</source>
        <translation>பெயர் (விருப்பம்)</translation>
    </message>
    <message>
        <source>Opt out</source>
        <translation>செய்திகளை நிறுத்து</translation>
    </message>
    <message>
        <source>Send messages again</source>
        <translation>செய்திகளை மீண்டும் அனுப்பு</translation>
    </message>
    <message>
        <source>The selected customers get WhatsApp messages again.</source>
        <translation>தேர்ந்தெடுத்த வாடிக்கையாளர்களுக்கு மீண்டும் WhatsApp செய்திகள் கிடைக்கும்.</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>CSV இறக்குமதி…</translation>
    </message>
    <message>
        <source>These customers get no WhatsApp messages; their records are still saved.</source>
        <translation>இந்த வாடிக்கையாளர்களுக்கு WhatsApp செய்திகள் அனுப்பப்படாது; அவர்களின் பதிவுகள் தொடர்ந்து சேமிக்கப்படும்.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation>&quot;%1&quot; தொலைபேசி எண் அல்ல.</translation>
    </message>
    <message>
        <source>%1 gets no more WhatsApp messages.</source>
        <translation>%1-க்கு இனி WhatsApp செய்திகள் அனுப்பப்படாது.</translation>
    </message>
    <message>
        <source>Select the customers who may get messages again.</source>
        <translation>மீண்டும் செய்திகள் பெறக்கூடிய வாடிக்கையாளர்களைத் தேர்ந்தெடுங்கள்.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) will get WhatsApp messages again.</source>
        <translation>
            <numerusform>%n வாடிக்கையாளருக்கு மீண்டும் WhatsApp செய்திகள் கிடைக்கும்.</numerusform>
            <numerusform>%n வாடிக்கையாளர்களுக்கு மீண்டும் WhatsApp செய்திகள் கிடைக்கும்.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import opted-out customers</source>
        <translation>செய்திகள் வேண்டாம் என்ற வாடிக்கையாளர்களை இறக்குமதி செய்</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV கோப்புகள் (*.csv);;அனைத்துக் கோப்புகளும் (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1-ஐப் படிக்க முடியவில்லை: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n customer(s).</source>
        <translation>
            <numerusform>%n வாடிக்கையாளர் இறக்குமதி செய்யப்பட்டார்.</numerusform>
            <numerusform>%n வாடிக்கையாளர்கள் இறக்குமதி செய்யப்பட்டனர்.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported:</source>
        <translation>இறக்குமதி ஆகாதவை:</translation>
    </message>
    <message>
        <source>The file has no phone numbers.</source>
        <translation>கோப்பில் தொலைபேசி எண்கள் இல்லை.</translation>
    </message>
</context>
<context>
    <name>fd::PauseBanner</name>
    <message>
        <source>Sending paused</source>
        <translation>அனுப்புதல் நிறுத்தப்பட்டது</translation>
    </message>
    <message>
        <source>%1 on station %2 since %3.</source>
        <translation>நிலையம் %2 இல் %3 முதல்: %1.</translation>
    </message>
    <message>
        <source>Missing: %1.</source>
        <translation>கிடைக்காதது: %1.</translation>
    </message>
    <message>
        <source>Selector pack when it paused: %1</source>
        <translation>நிறுத்தியபோது இருந்த தேர்வி தொகுப்பு: %1</translation>
    </message>
    <message>
        <source>Resume sending</source>
        <translation>அனுப்புதலை மீண்டும் தொடங்கு</translation>
    </message>
    <message>
        <source>Sending starts again on station %1. First update the selector pack (or FrontDesk), and look in the chats of the messages that may have been sent.</source>
        <translation>நிலையம் %1 இல் அனுப்புதல் மீண்டும் தொடங்கும். முதலில் தேர்வி தொகுப்பை (அல்லது FrontDesk ஐ) புதுப்பியுங்கள், அனுப்பப்பட்டிருக்கக்கூடிய செய்திகளின் அரட்டைகளைப் பாருங்கள்.</translation>
    </message>
    <message>
        <source>No customer gets a WhatsApp message from a paused station until an administrator resumes it.</source>
        <translation>நிர்வாகி மீண்டும் தொடங்கும் வரை, நிறுத்தப்பட்ட நிலையத்திலிருந்து எந்த வாடிக்கையாளருக்கும் WhatsApp செய்தி செல்லாது.</translation>
    </message>
</context>
<context>
    <name>fd::PhoneField</name>
    <message>
        <source>e.g. 98765 43210</source>
        <translation>எ.கா. 98765 43210</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s mobile number.</source>
        <translation>வாடிக்கையாளரின் மொபைல் எண்ணை உள்ளிடுங்கள்.</translation>
    </message>
    <message>
        <source>✓ %1 — WhatsApp message will go to this number.</source>
        <translation>✓ %1 — WhatsApp செய்தி இந்த எண்ணுக்குச் செல்லும்.</translation>
    </message>
    <message>
        <source>%1 — can be saved, but no WhatsApp message: %2.</source>
        <translation>%1 — சேமிக்கலாம், ஆனால் WhatsApp செய்தி போகாது: %2.</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>Optional. Staff numbers never get WhatsApp messages.</source>
        <translation>விருப்பத்தேர்வு. பணியாளர் எண்களுக்கு WhatsApp செய்திகள் ஒருபோதும் போகாது.</translation>
    </message>
    <message>
        <source>✓ %1 — a staff number: WhatsApp messages never go to it.</source>
        <translation>✓ %1 — பணியாளர் எண்: இதற்கு WhatsApp செய்திகள் ஒருபோதும் போகாது.</translation>
    </message>
    <message>
        <source>staff number</source>
        <translation>பணியாளர் எண்</translation>
    </message>
    <message>
        <source>%1 — a staff number: it can be saved, but no WhatsApp message goes to staff.</source>
        <translation>%1 — பணியாளர் எண்: சேமிக்கலாம், ஆனால் பணியாளர்களுக்கு WhatsApp செய்தி போகாது.</translation>
    </message>
    <message>
        <source>%1 — this customer opted out of WhatsApp messages: it can be saved, but none will go.</source>
        <translation>%1 — இந்த வாடிக்கையாளர் WhatsApp செய்திகளிலிருந்து விலகியுள்ளார்: சேமிக்கலாம், ஆனால் எந்தச் செய்தியும் போகாது.</translation>
    </message>
</context>
<context>
    <name>fd::PreviewTemplates</name>
    <message>
        <source>(given on saving)</source>
        <translation>(சேமிக்கும்போது வழங்கப்படும்)</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>No WhatsApp message can go yet: %1. The record is saved all the same; an administrator fills the setting in and then retries the message from the message log.</source>
        <translation>இப்போது WhatsApp செய்தி எதுவும் போக முடியாது: %1. பதிவு எப்படியும் சேமிக்கப்படும்; நிர்வாகி அமைப்பை நிரப்பிய பின் செய்திப் பதிவிலிருந்து செய்தியை மீண்டும் அனுப்புவார்.</translation>
    </message>
</context>
<context>
    <name>fd::RecordDialog</name>
    <message>
        <source>Customer name</source>
        <translation>வாடிக்கையாளர் பெயர்</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>தொலைபேசி</translation>
    </message>
    <message>
        <source>Product or subject</source>
        <translation>பொருள் அல்லது விஷயம்</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>குறிப்புகள்</translation>
    </message>
    <message>
        <source>Service type</source>
        <translation>சேவை வகை</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>விவரம்</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>பொருள்</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>அளவு</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>குறிப்பு எண்</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>முகவரி</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>டிக்கெட்</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>நிலை</translation>
    </message>
    <message>
        <source>Status note</source>
        <translation>நிலைக் குறிப்பு</translation>
    </message>
    <message>
        <source>Message language</source>
        <translation>செய்தி மொழி</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>திட்டமிட்டது</translation>
    </message>
    <message>
        <source>Re-attempt date</source>
        <translation>மறு முயற்சி தேதி</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>முடிந்த தேதி</translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation>பொறியாளர்</translation>
    </message>
    <message>
        <source>Assigned at</source>
        <translation>ஒதுக்கிய நேரம்</translation>
    </message>
    <message>
        <source>Status changed at</source>
        <translation>நிலை மாறிய நேரம்</translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation>பதிவு செய்தவர்</translation>
    </message>
    <message>
        <source>Entered at</source>
        <translation>பதிவு செய்த நேரம்</translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation>திருத்தங்கள்</translation>
    </message>
    <message>
        <source>Corrections of this record</source>
        <translation>இந்தப் பதிவின் திருத்தங்கள்</translation>
    </message>
    <message>
        <source>When</source>
        <translation>எப்போது</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>யார்</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>புலம்</translation>
    </message>
    <message>
        <source>Before → after</source>
        <translation>முன்பு → பின்பு</translation>
    </message>
    <message>
        <source>&amp;Save corrections</source>
        <translation>திருத்தங்களைச் சேமி(&amp;S)</translation>
    </message>
    <message>
        <source>A correction changes only this record: no message is sent for it.</source>
        <translation>திருத்தம் இந்தப் பதிவை மட்டுமே மாற்றும்: அதற்கு எந்தச் செய்தியும் அனுப்பப்படாது.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Nothing to correct: every field says what the record holds.</source>
        <translation>திருத்த எதுவும் இல்லை: ஒவ்வொரு புலமும் பதிவில் உள்ளதையே காட்டுகிறது.</translation>
    </message>
    <message>
        <source>Corrected — no message is sent for a correction.</source>
        <translation>திருத்தப்பட்டது — திருத்தத்திற்கு எந்தச் செய்தியும் அனுப்பப்படாது.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>புதியது</translation>
    </message>
</context>
<context>
    <name>fd::SaveStatus</name>
    <message>
        <source>Result of the last save</source>
        <translation>கடைசிச் சேமிப்பின் முடிவு</translation>
    </message>
    <message>
        <source>Still saving — the database is slow to answer. What you typed is kept; you can go on working in the other tabs.</source>
        <translation>இன்னும் சேமிக்கிறது — தரவுத்தளம் மெதுவாகப் பதிலளிக்கிறது. நீங்கள் தட்டச்சு செய்தது பாதுகாப்பாக உள்ளது; மற்ற தாவல்களில் வேலையைத் தொடரலாம்.</translation>
    </message>
    <message>
        <source>No WhatsApp message for this change.</source>
        <translation>இந்த மாற்றத்துக்கு WhatsApp செய்தி இல்லை.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>சேமிக்கிறது…</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>சேமிக்கப்படவில்லை: %1</translation>
    </message>
    <message>
        <source>Not saved yet — the database cannot be reached (%1). What you typed is kept and will be saved as soon as the database is back; you can also press Save again.</source>
        <translation>இன்னும் சேமிக்கப்படவில்லை — தரவுத்தளத்தை அணுக முடியவில்லை (%1). நீங்கள் தட்டச்சு செய்தது பாதுகாப்பாக உள்ளது; தரவுத்தளம் திரும்பியதும் சேமிக்கப்படும். மீண்டும் &quot;சேமி&quot; அழுத்தவும் செய்யலாம்.</translation>
    </message>
    <message>
        <source>Not saved: %1 What you typed is kept.</source>
        <translation>சேமிக்கப்படவில்லை: %1 நீங்கள் தட்டச்சு செய்தது பாதுகாப்பாக உள்ளது.</translation>
    </message>
</context>
<context>
    <name>fd::SchemaUpgradeDialog</name>
    <message>
        <source>FrontDesk — upgrade the database</source>
        <translation>FrontDesk — தரவுத்தளத்தை மேம்படுத்து</translation>
    </message>
    <message>
        <source>&lt;b&gt;The database needs an upgrade from schema version %1 to %2&lt;/b&gt;</source>
        <translation>&lt;b&gt;தரவுத்தளத்தை ஸ்கீமா பதிப்பு %1-இலிருந்து %2-க்கு மேம்படுத்த வேண்டும்&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;%1: %2&lt;/li&gt;</source>
        <translation>&lt;li&gt;%1: %2&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The shared database &lt;b&gt;%1&lt;/b&gt; was set up by an older FrontDesk. FrontDesk %2 needs schema version %3 and cannot work with version %4.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Upgrade now&lt;/b&gt; applies these steps in order, each in its own transaction (a step that fails is undone, and the database stays at the last finished step). Records and messages are kept. Other desks wait for a few seconds while it runs.&lt;/p&gt;&lt;ul&gt;%5&lt;/ul&gt;&lt;p&gt;Afterwards, desks that still run an older FrontDesk refuse this database until they are updated. Make sure the server&apos;s backup is recent.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Not now&lt;/b&gt; changes nothing and closes FrontDesk on this desk.&lt;/p&gt;</source>
        <translation>&lt;p&gt;பகிரப்பட்ட தரவுத்தளம் &lt;b&gt;%1&lt;/b&gt; பழைய FrontDesk-ஆல் அமைக்கப்பட்டது. FrontDesk %2-க்கு ஸ்கீமா பதிப்பு %3 தேவை; பதிப்பு %4-உடன் இது வேலை செய்ய முடியாது.&lt;/p&gt;&lt;p&gt;&lt;b&gt;இப்போதே மேம்படுத்து&lt;/b&gt; இந்தப் படிகளை வரிசையாக, ஒவ்வொன்றையும் தனிப் பரிவர்த்தனையில் இயக்கும் (தோல்வியடையும் படி திரும்பப் பெறப்படும்; தரவுத்தளம் கடைசியாக முடிந்த படியிலேயே இருக்கும்). பதிவுகளும் செய்திகளும் பாதுகாக்கப்படும். இது இயங்கும்போது மற்ற மேசைகள் சில விநாடிகள் காத்திருக்கும்.&lt;/p&gt;&lt;ul&gt;%5&lt;/ul&gt;&lt;p&gt;அதன் பிறகு, பழைய FrontDesk இயங்கும் மேசைகள் புதுப்பிக்கப்படும் வரை இந்தத் தரவுத்தளத்தை ஏற்காது. சேவையகத்தின் காப்புப்பிரதி சமீபத்தியது என்பதை உறுதிசெய்யுங்கள்.&lt;/p&gt;&lt;p&gt;&lt;b&gt;இப்போது வேண்டாம்&lt;/b&gt; எதையும் மாற்றாது; இந்த மேசையில் FrontDesk-ஐ மூடும்.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Upgrade state</source>
        <translation>மேம்படுத்தல் நிலை</translation>
    </message>
    <message>
        <source>&amp;Upgrade now</source>
        <translation>இப்போதே மேம்படுத்து(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Not now (quit)</source>
        <translation>இப்போது வேண்டாம் (வெளியேறு)(&amp;N)</translation>
    </message>
    <message>
        <source>Your database login may not change these tables, so it cannot upgrade them: %1. Ask IT to run &quot;frontdesk migrate&quot; with the login that owns them.</source>
        <translation>உங்கள் தரவுத்தள உள்நுழைவு இந்த அட்டவணைகளை மாற்ற முடியாது, அதனால் மேம்படுத்தவும் முடியாது: %1. அவற்றின் உரிமையாளர் உள்நுழைவுடன் &quot;frontdesk migrate&quot; இயக்குமாறு IT-யிடம் கேளுங்கள்.</translation>
    </message>
    <message>
        <source>Upgrading the database…</source>
        <translation>தரவுத்தளம் மேம்படுத்தப்படுகிறது…</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>மீண்டும் முயல்(&amp;T)</translation>
    </message>
    <message>
        <source>The upgrade stopped: %1</source>
        <translation>மேம்படுத்தல் நின்றது: %1</translation>
    </message>
    <message>
        <source>Upgraded to schema version %1.</source>
        <translation>ஸ்கீமா பதிப்பு %1-க்கு மேம்படுத்தப்பட்டது.</translation>
    </message>
</context>
<context>
    <name>fd::SendingHealth</name>
    <message>
        <source>read the latest failures</source>
        <translation>சமீபத்திய தோல்விகளைப் படித்தல்</translation>
    </message>
</context>
<context>
    <name>fd::SendingHealthPanel</name>
    <message>
        <source>Sending health</source>
        <translation>அனுப்புதல் நிலை</translation>
    </message>
    <message>
        <source>Latest failures</source>
        <translation>சமீபத்திய தோல்விகள்</translation>
    </message>
    <message>
        <source>When</source>
        <translation>எப்போது</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>தொலைபேசி</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>காரணம்</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>புதுப்பி (&amp;F)</translation>
    </message>
    <message>
        <source>Engine:</source>
        <translation>இயந்திரம்:</translation>
    </message>
    <message>
        <source>WhatsApp Web:</source>
        <translation>WhatsApp Web:</translation>
    </message>
    <message>
        <source>Number sends since:</source>
        <translation>எண் அனுப்பத் தொடங்கியது:</translation>
    </message>
    <message>
        <source>Last hour:</source>
        <translation>கடந்த மணிநேரம்:</translation>
    </message>
    <message>
        <source>Today:</source>
        <translation>இன்று:</translation>
    </message>
    <message>
        <source>Warm-up:</source>
        <translation>பழக்கப்படுத்தல்:</translation>
    </message>
    <message>
        <source>Last pause:</source>
        <translation>கடைசி நிறுத்தம்:</translation>
    </message>
    <message>
        <source>Latest failures:</source>
        <translation>சமீபத்திய தோல்விகள்:</translation>
    </message>
    <message>
        <source>Could not read the figures: %1</source>
        <translation>எண்ணிக்கைகளைப் படிக்க முடியவில்லை: %1</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>%1 நிலவரப்படி</translation>
    </message>
    <message>
        <source>this desk does not send</source>
        <translation>இந்த மேசை அனுப்புவதில்லை</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>தெரியவில்லை</translation>
    </message>
    <message>
        <source>not known (only WA-JS can read it)</source>
        <translation>தெரியவில்லை (WA-JS மட்டுமே இதைப் படிக்க முடியும்)</translation>
    </message>
    <message>
        <source>nothing sent yet</source>
        <translation>இன்னும் எதுவும் அனுப்பப்படவில்லை</translation>
    </message>
    <message>
        <source>%1 (linked, as an administrator set it)</source>
        <translation>%1 (இணைக்கப்பட்டது, நிர்வாகி அமைத்தபடி)</translation>
    </message>
    <message>
        <source>%1 (the first message sent)</source>
        <translation>%1 (முதலில் அனுப்பிய செய்தி)</translation>
    </message>
    <message>
        <source>%1 of %2 messages</source>
        <translation>%2-இல் %1 செய்திகள்</translation>
    </message>
    <message>
        <source>off</source>
        <translation>அணைக்கப்பட்டது</translation>
    </message>
    <message>
        <source>day %1 of %2: lower caps while the number is new</source>
        <translation>%2-இல் நாள் %1: எண் புதியதாக இருக்கும்வரை குறைந்த வரம்புகள்</translation>
    </message>
    <message>
        <source>over: the number is warm</source>
        <translation>முடிந்தது: எண் பழகிவிட்டது</translation>
    </message>
    <message>
        <source>%1 to %2: %3</source>
        <translation>%1, %2-க்கு: %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ஏதுமில்லை</translation>
    </message>
    <message>
        <source>never</source>
        <translation>ஒருபோதும் இல்லை</translation>
    </message>
    <message>
        <source>%1, in force: %2</source>
        <translation>%1, நடைமுறையில்: %2</translation>
    </message>
    <message>
        <source>%1: %2; resumed %3 by %4</source>
        <translation>%1: %2; %3 அன்று %4 மீண்டும் தொடங்கினார்</translation>
    </message>
    <message>
        <source>an administrator</source>
        <translation>ஒரு நிர்வாகி</translation>
    </message>
</context>
<context>
    <name>fd::SendingLimits</name>
    <message>
        <source>count today&apos;s messages</source>
        <translation>இன்றைய செய்திகளை எண்ணு</translation>
    </message>
    <message>
        <source>read the latest messages sent</source>
        <translation>சமீபத்தில் அனுப்பிய செய்திகளைப் படி</translation>
    </message>
    <message>
        <source>the daily limit of %1 messages is reached</source>
        <translation>நாளொன்றுக்கு %1 செய்திகள் என்ற வரம்பு எட்டப்பட்டது</translation>
    </message>
    <message>
        <source>the hourly limit of %1 messages is reached</source>
        <translation>ஒரு மணி நேரத்திற்கு %1 செய்திகள் என்ற வரம்பு எட்டப்பட்டது</translation>
    </message>
    <message>
        <source>a pause after %1 messages in a row</source>
        <translation>தொடர்ந்து %1 செய்திகளுக்குப் பின் இடைவேளை</translation>
    </message>
    <message>
        <source>find the first message sent</source>
        <translation>முதலில் அனுப்பிய செய்தியைக் கண்டறிய</translation>
    </message>
    <message>
        <source>the warm-up limit of %1 messages today is reached (a new number, day %2 of %3)</source>
        <translation>இன்றைய %1 செய்திகளின் தொடக்க வரம்பு எட்டப்பட்டது (புதிய எண், நாள் %2 / %3)</translation>
    </message>
    <message>
        <source>the warm-up limit of %1 messages an hour is reached (a new number, day %2 of %3)</source>
        <translation>மணிக்கு %1 செய்திகளின் தொடக்க வரம்பு எட்டப்பட்டது (புதிய எண், நாள் %2 / %3)</translation>
    </message>
</context>
<context>
    <name>fd::SendingOutlook</name>
    <message>
        <source>quiet hours until %1</source>
        <translation>%1 வரை அமைதி நேரம்</translation>
    </message>
    <message>
        <source>being sent now</source>
        <translation>இப்போது அனுப்பப்படுகிறது</translation>
    </message>
    <message>
        <source>scheduled for %1</source>
        <translation>%1 க்குத் திட்டமிடப்பட்டது</translation>
    </message>
    <message>
        <source>to be tried again at %1</source>
        <translation>%1 க்கு மீண்டும் முயற்சிக்கப்படும்</translation>
    </message>
    <message>
        <source>tomorrow %1</source>
        <translation>நாளை %1</translation>
    </message>
    <message>
        <source>due: goes with the next send</source>
        <translation>தயார்: அடுத்த அனுப்புதலில் செல்லும்</translation>
    </message>
    <message>
        <source>%1 · the next goes at %2</source>
        <translation>%1 · அடுத்தது %2 க்குச் செல்லும்</translation>
    </message>
</context>
<context>
    <name>fd::SendingStation</name>
    <message>
        <source>Sending waits: %1</source>
        <translation>அனுப்புதல் காத்திருக்கிறது: %1</translation>
    </message>
    <message>
        <source>Sending through the WhatsApp Cloud API</source>
        <translation>WhatsApp Cloud API வழியாக அனுப்புகிறது</translation>
    </message>
    <message>
        <source>Cloud API: %1</source>
        <translation>Cloud API: %1</translation>
    </message>
    <message>
        <source>Sending stopped: %1</source>
        <translation>அனுப்புதல் நின்றுவிட்டது: %1</translation>
    </message>
    <message>
        <source>Sending resumed on station %1.</source>
        <translation>நிலையம் %1 இல் அனுப்புதல் மீண்டும் தொடங்கியது.</translation>
    </message>
    <message>
        <source>Station %1 was no longer paused.</source>
        <translation>நிலையம் %1 இப்போது நிறுத்தத்தில் இல்லை.</translation>
    </message>
    <message>
        <source>This login may not send messages: ask IT or an admin to grant it the sender role</source>
        <translation>இந்த உள்நுழைவு செய்திகளை அனுப்ப முடியாது: sender பங்கை வழங்குமாறு IT அல்லது நிர்வாகியைக் கேளுங்கள்</translation>
    </message>
</context>
<context>
    <name>fd::ServiceRequestsTab</name>
    <message>
        <source>New service request</source>
        <translation>புதிய சேவைக் கோரிக்கை</translation>
    </message>
    <message>
        <source>Service type</source>
        <translation>சேவை வகை</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>பழுது நீக்கம்</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>நிறுவல்</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>பராமரிப்பு</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>செயல்விளக்கம்</translation>
    </message>
    <message>
        <source>Warranty check</source>
        <translation>உத்தரவாதச் சோதனை</translation>
    </message>
    <message>
        <source>Problem description</source>
        <translation>பிரச்சினையின் விவரம்</translation>
    </message>
    <message>
        <source>Scheduled date</source>
        <translation>திட்டமிட்ட தேதி</translation>
    </message>
    <message>
        <source>&amp;Create request</source>
        <translation>கோரிக்கையை உருவாக்கு(&amp;C)</translation>
    </message>
    <message>
        <source>Create the service request (Ctrl+S)</source>
        <translation>சேவைக் கோரிக்கையை உருவாக்கு (Ctrl+S)</translation>
    </message>
    <message>
        <source>Service &amp;type:</source>
        <translation>சேவை வகை(&amp;T):</translation>
    </message>
    <message>
        <source>Descr&amp;iption:</source>
        <translation>விவரம்(&amp;I):</translation>
    </message>
    <message>
        <source>Sched&amp;uled:</source>
        <translation>திட்டமிட்டது(&amp;U):</translation>
    </message>
    <message>
        <source>Service requests</source>
        <translation>சேவைக் கோரிக்கைகள்</translation>
    </message>
    <message>
        <source>Show service requests with status</source>
        <translation>இந்த நிலையில் உள்ள சேவைக் கோரிக்கைகளைக் காட்டு</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>டிக்கெட்</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>நிலை</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>வாடிக்கையாளர்</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>தொலைபேசி</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>சேவை</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>திட்டமிட்டது</translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation>பொறியாளர்</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>முடிந்தது</translation>
    </message>
    <message>
        <source>Sh&amp;ow:</source>
        <translation>காட்டு(&amp;O):</translation>
    </message>
    <message>
        <source>Selected request</source>
        <translation>தேர்ந்தெடுத்த கோரிக்கை</translation>
    </message>
    <message>
        <source>Select a request in the list.</source>
        <translation>பட்டியலில் ஒரு கோரிக்கையைத் தேர்ந்தெடுங்கள்.</translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation>ஒதுக்கு(&amp;A)</translation>
    </message>
    <message>
        <source>Completed date</source>
        <translation>முடிந்த தேதி</translation>
    </message>
    <message>
        <source>Mar&amp;k completed</source>
        <translation>முடிந்ததாகக் குறி(&amp;K)</translation>
    </message>
    <message>
        <source>Feedback link QR code</source>
        <translation>கருத்து இணைப்பின் QR குறியீடு</translation>
    </message>
    <message>
        <source>P&amp;rint job sheet…</source>
        <translation>வேலைத் தாளை அச்சிடு(&amp;R)…</translation>
    </message>
    <message>
        <source>Print the job sheet (Ctrl+P)</source>
        <translation>வேலைத் தாளை அச்சிடு (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Engineer:</source>
        <translation>பொறியாளர்(&amp;E):</translation>
    </message>
    <message>
        <source>Co&amp;mpleted on:</source>
        <translation>முடிந்த தேதி(&amp;M):</translation>
    </message>
    <message>
        <source>%1 — %2, %3 (%4)</source>
        <translation>%1 — %2, %3 (%4)</translation>
    </message>
    <message>
        <source>No engineers yet: an administrator adds them under Settings → Staff.</source>
        <translation>இன்னும் பொறியாளர்கள் இல்லை: நிர்வாகி அவர்களை அமைப்புகள் → ஊழியர்கள் பகுதியில் சேர்ப்பார்.</translation>
    </message>
    <message>
        <source>Completed on %1. No feedback link is set in Settings.</source>
        <translation>%1 அன்று முடிந்தது. அமைப்புகளில் கருத்து இணைப்பு அமைக்கப்படவில்லை.</translation>
    </message>
    <message>
        <source>Completed on %1. Feedback link:
%2</source>
        <translation>%1 அன்று முடிந்தது. கருத்து இணைப்பு:
%2</translation>
    </message>
    <message>
        <source>enter the type of service.</source>
        <translation>சேவை வகையை உள்ளிடுங்கள்.</translation>
    </message>
    <message>
        <source>Service request %1 created.</source>
        <translation>சேவைக் கோரிக்கை %1 உருவாக்கப்பட்டது.</translation>
    </message>
    <message>
        <source>%1 assigned to %2.</source>
        <translation>%1, %2-க்கு ஒதுக்கப்பட்டது.</translation>
    </message>
    <message>
        <source>%1 marked completed.</source>
        <translation>%1 முடிந்ததாகக் குறிக்கப்பட்டது.</translation>
    </message>
    <message>
        <source>Print job sheet %1</source>
        <translation>வேலைத் தாள் %1-ஐ அச்சிடு</translation>
    </message>
    <message>
        <source>Assign an engineer first.</source>
        <translation>முதலில் ஒரு பொறியாளரை ஒதுக்குங்கள்.</translation>
    </message>
    <message>
        <source>This request is %1.</source>
        <translation>இந்தக் கோரிக்கை %1.</translation>
    </message>
    <message>
        <source>Mark completed</source>
        <translation>முடிந்ததாகக் குறி</translation>
    </message>
    <message>
        <source>Mark %1 (%2) completed on %3?

The customer gets the “service completed” WhatsApp message with the feedback link at once. This cannot be undone.</source>
        <translation>%1 (%2) ஐ %3 அன்று முடிந்ததாகக் குறிக்கவா?

கருத்து இணைப்புடன் “சேவை முடிந்தது” WhatsApp செய்தி உடனே வாடிக்கையாளருக்குப் போகும். இதைத் திரும்பப் பெற முடியாது.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ரத்துசெய்</translation>
    </message>
    <message>
        <source>All of the selected request; correct a typo (Enter on the row)</source>
        <translation>தேர்ந்தெடுத்த கோரிக்கை முழுவதும்; தட்டச்சுப் பிழையைத் திருத்துங்கள் (வரிசையில் Enter)</translation>
    </message>
</context>
<context>
    <name>fd::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>அமைப்புகள்</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>நிறுவனம்</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>அனுப்புதல்</translation>
    </message>
    <message>
        <source>Staff phones</source>
        <translation>ஊழியர் தொலைபேசிகள்</translation>
    </message>
    <message>
        <source>Opted-out customers</source>
        <translation>செய்திகள் வேண்டாம் என்ற வாடிக்கையாளர்கள்</translation>
    </message>
    <message>
        <source>Message texts</source>
        <translation>செய்தி உரைகள்</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>நிறுவனத்தின் பெயர்</translation>
    </message>
    <message>
        <source>Company phone</source>
        <translation>நிறுவனத் தொலைபேசி</translation>
    </message>
    <message>
        <source>Tracking link</source>
        <translation>கண்காணிப்பு இணைப்பு</translation>
    </message>
    <message>
        <source>Feedback link</source>
        <translation>கருத்து இணைப்பு</translation>
    </message>
    <message>
        <source>Company &amp;name</source>
        <translation>நிறுவனத்தின் பெயர்(&amp;N)</translation>
    </message>
    <message>
        <source>Company &amp;phone</source>
        <translation>நிறுவனத் தொலைபேசி(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Tracking link</source>
        <translation>கண்காணிப்பு இணைப்பு(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Feedback link</source>
        <translation>கருத்து இணைப்பு(&amp;F)</translation>
    </message>
    <message>
        <source>Links must start with https:// or http:// and contain {ticket_id}, which is replaced by the service ticket.</source>
        <translation>இணைப்புகள் https:// அல்லது http:// எனத் தொடங்கி {ticket_id} கொண்டிருக்க வேண்டும்; அதன் இடத்தில் சேவை டிக்கெட் வரும்.</translation>
    </message>
    <message>
        <source>Shortest gap between messages</source>
        <translation>செய்திகளுக்கு இடையிலான குறைந்தபட்ச இடைவெளி</translation>
    </message>
    <message>
        <source> s</source>
        <translation> வி.</translation>
    </message>
    <message>
        <source>Longest gap between messages</source>
        <translation>செய்திகளுக்கு இடையிலான அதிகபட்ச இடைவெளி</translation>
    </message>
    <message>
        <source>Messages a day at most</source>
        <translation>ஒரு நாளில் அதிகபட்சச் செய்திகள்</translation>
    </message>
    <message>
        <source>Quiet hours start</source>
        <translation>அமைதி நேரத் தொடக்கம்</translation>
    </message>
    <message>
        <source>Quiet hours end</source>
        <translation>அமைதி நேர முடிவு</translation>
    </message>
    <message>
        <source>This desk sends WhatsApp messages</source>
        <translation>இந்த மேசை WhatsApp செய்திகளை அனுப்புகிறது</translation>
    </message>
    <message>
        <source>Selector pack file</source>
        <translation>தேர்வி தொகுப்புக் கோப்பு</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>உள்ளமைந்தது</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>உலாவு…</translation>
    </message>
    <message>
        <source>to</source>
        <translation>வரை</translation>
    </message>
    <message>
        <source>&lt;b&gt;For every desk&lt;/b&gt;</source>
        <translation>&lt;b&gt;ஒவ்வொரு மேசைக்கும்&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Random gap between messages</source>
        <translation>செய்திகளுக்கு இடையே சீரற்ற இடைவெளி</translation>
    </message>
    <message>
        <source>&amp;Daily cap</source>
        <translation>தினசரி வரம்பு(&amp;D)</translation>
    </message>
    <message>
        <source>Quiet hours (local time)</source>
        <translation>அமைதி நேரம் (உள்ளூர் நேரம்)</translation>
    </message>
    <message>
        <source>&lt;b&gt;For this desk only&lt;/b&gt;</source>
        <translation>&lt;b&gt;இந்த மேசைக்கு மட்டும்&lt;/b&gt;</translation>
    </message>
    <message>
        <source>WhatsApp selector pack</source>
        <translation>WhatsApp தேர்வி தொகுப்பு</translation>
    </message>
    <message>
        <source>Reading the settings…</source>
        <translation>அமைப்புகள் படிக்கப்படுகின்றன…</translation>
    </message>
    <message>
        <source>The shortest gap (%1 s) is longer than the longest gap (%2 s).</source>
        <translation>குறைந்தபட்ச இடைவெளி (%1 வி.) அதிகபட்ச இடைவெளியை (%2 வி.) விட நீளமானது.</translation>
    </message>
    <message>
        <source>The selector pack %1 does not exist.</source>
        <translation>தேர்வி தொகுப்பு %1 இல்லை.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>அமைப்புகள் சேமிக்கப்பட்டன.</translation>
    </message>
    <message>
        <source>Selector packs (*.json);;All files (*)</source>
        <translation>தேர்வி தொகுப்புகள் (*.json);;அனைத்துக் கோப்புகளும் (*)</translation>
    </message>
    <message>
        <source>Customers&apos; message language a new form starts with</source>
        <translation>புதிய படிவம் தொடங்கும் வாடிக்கையாளர் செய்தி மொழி</translation>
    </message>
    <message>
        <source>New customers&apos; message &amp;language</source>
        <translation>புதிய வாடிக்கையாளர்களின் செய்தி மொழி(&amp;L)</translation>
    </message>
    <message>
        <source>Check WhatsApp with a message to our own number before sending to customers</source>
        <translation>வாடிக்கையாளர்களுக்கு அனுப்பும் முன் எங்கள் சொந்த எண்ணுக்கு செய்தி அனுப்பி WhatsApp-ஐச் சோதிக்கவும்</translation>
    </message>
    <message>
        <source>Before the first customer message of a sending session, and after every selector-pack change, a short message goes to the business&apos;s own WhatsApp chat. If it does not arrive with its tick, the station pauses and no customer gets a message.</source>
        <translation>ஒவ்வொரு அனுப்பும் அமர்வின் முதல் வாடிக்கையாளர் செய்திக்கு முன்பும், ஒவ்வொரு செலக்டர் பேக் மாற்றத்திற்குப் பிறகும், வணிகத்தின் சொந்த WhatsApp அரட்டைக்கு ஒரு சிறிய செய்தி செல்கிறது. அது அதன் டிக்குடன் வரவில்லை என்றால், நிலையம் நிறுத்தப்படும், எந்த வாடிக்கையாளருக்கும் செய்தி செல்லாது.</translation>
    </message>
    <message>
        <source>The business&apos;s WhatsApp number</source>
        <translation>வணிகத்தின் WhatsApp எண்</translation>
    </message>
    <message>
        <source>The company phone, if it is a mobile</source>
        <translation>நிறுவனத் தொலைபேசி, அது மொபைல் என்றால்</translation>
    </message>
    <message>
        <source>Business&apos;s &amp;WhatsApp number</source>
        <translation>வணிகத்தின் &amp;WhatsApp எண்</translation>
    </message>
    <message>
        <source>%1 is not a number WhatsApp can take (the business&apos;s WhatsApp number).</source>
        <translation>%1 என்பது WhatsApp ஏற்கும் எண் அல்ல (வணிகத்தின் WhatsApp எண்).</translation>
    </message>
    <message>
        <source>The settings were changed but not saved.</source>
        <translation>அமைப்புகள் மாற்றப்பட்டன, ஆனால் சேமிக்கப்படவில்லை.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>சேமி(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>மாற்றங்களை கைவிடு(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>திருத்தத்தை தொடர்(&amp;K)</translation>
    </message>
    <message>
        <source>Messages an hour at most</source>
        <translation>ஒரு மணி நேரத்தில் அதிகபட்ச செய்திகள்</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>வரம்பு இல்லை</translation>
    </message>
    <message>
        <source>Messages in a row before a pause</source>
        <translation>இடைவேளைக்கு முன் தொடர் செய்திகள்</translation>
    </message>
    <message>
        <source>no pauses</source>
        <translation>இடைவேளை இல்லை</translation>
    </message>
    <message>
        <source>Length of the pause between batches</source>
        <translation>தொகுதிகளுக்கு இடையிலான இடைவேளையின் நீளம்</translation>
    </message>
    <message>
        <source>after every</source>
        <translation>ஒவ்வொரு</translation>
    </message>
    <message>
        <source>messages</source>
        <translation>செய்திகளுக்குப் பின்</translation>
    </message>
    <message>
        <source>Hourly cap</source>
        <translation>மணிநேர வரம்பு</translation>
    </message>
    <message>
        <source>A pause of</source>
        <translation>இடைவேளை</translation>
    </message>
    <message>
        <source>WhatsApp engine</source>
        <translation>WhatsApp இயந்திரம்</translation>
    </message>
    <message>
        <source>Automatic: WA-JS when it works on the page, else the DOM driver</source>
        <translation>தானியங்கி: பக்கத்தில் வேலை செய்தால் WA-JS, இல்லையெனில் DOM இயக்கி</translation>
    </message>
    <message>
        <source>WA-JS only</source>
        <translation>WA-JS மட்டும்</translation>
    </message>
    <message>
        <source>DOM driver only</source>
        <translation>DOM இயக்கி மட்டும்</translation>
    </message>
    <message>
        <source>How this desk drives WhatsApp Web. WA-JS calls WhatsApp&apos;s own functions; the DOM driver works the page as a person would, with the selector pack. A change takes effect the next time someone signs in on this desk.</source>
        <translation>இந்த மேசை WhatsApp Web-ஐ எப்படி இயக்குகிறது. WA-JS WhatsApp-இன் சொந்தச் செயல்பாடுகளை அழைக்கிறது; DOM இயக்கி தேர்வுப் பொதியுடன் ஒருவர் செய்வது போல் பக்கத்தை இயக்குகிறது. மாற்றம் அடுத்த முறை இந்த மேசையில் உள்நுழையும்போது நடைமுறைக்கு வரும்.</translation>
    </message>
    <message>
        <source>Days a new number warms up</source>
        <translation>புதிய எண் படிப்படியாகத் தொடங்கும் நாட்கள்</translation>
    </message>
    <message>
        <source> days</source>
        <translation> நாட்கள்</translation>
    </message>
    <message>
        <source>no warm-up</source>
        <translation>படிப்படித் தொடக்கம் இல்லை</translation>
    </message>
    <message>
        <source>A newly linked WhatsApp number starts at 50 messages a day and 20 an hour, and reaches the caps above after this many days.</source>
        <translation>புதிதாக இணைத்த WhatsApp எண் நாளுக்கு 50, மணிக்கு 20 செய்திகளில் தொடங்கி, இத்தனை நாட்களில் மேலே உள்ள வரம்புகளை அடையும்.</translation>
    </message>
    <message>
        <source>A new WhatsApp number was linked: start its warm-up today</source>
        <translation>புதிய WhatsApp எண் இணைக்கப்பட்டது: அதன் படிப்படித் தொடக்கத்தை இன்று தொடங்கவும்</translation>
    </message>
    <message>
        <source>Warm-up of a new number</source>
        <translation>புதிய எண்ணின் படிப்படித் தொடக்கம்</translation>
    </message>
    <message>
        <source>The warm-up counts from %1.</source>
        <translation>படிப்படித் தொடக்கம் %1 முதல் கணக்கிடப்படுகிறது.</translation>
    </message>
    <message>
        <source>The warm-up counts from the first message ever sent.</source>
        <translation>படிப்படித் தொடக்கம் முதலில் அனுப்பிய செய்தி முதல் கணக்கிடப்படுகிறது.</translation>
    </message>
    <message>
        <source>WA-JS file</source>
        <translation>WA-JS கோப்பு</translation>
    </message>
    <message>
        <source>Built-in (WA-JS %1)</source>
        <translation>உள்ளமைந்தது (WA-JS %1)</translation>
    </message>
    <message>
        <source>Choose and check…</source>
        <translation>தேர்ந்தெடுத்துச் சரிபார்…</translation>
    </message>
    <message>
        <source>A newer wppconnect-wa.js (from the @wppconnect/wa-js package) for the weeks when WhatsApp changed faster than FrontDesk was updated. It is checked first; the built-in file stays the fallback.</source>
        <translation>புதிய wppconnect-wa.js (@wppconnect/wa-js தொகுப்பிலிருந்து), FrontDesk புதுப்பிக்கப்படுவதை விட WhatsApp வேகமாக மாறிய வாரங்களுக்கு. முதலில் சரிபார்க்கப்படும்; உள்ளமைந்த கோப்பு மாற்றாக இருக்கும்.</translation>
    </message>
    <message>
        <source>JavaScript (*.js);;All files (*)</source>
        <translation>JavaScript (*.js);;அனைத்துக் கோப்புகளும் (*)</translation>
    </message>
    <message>
        <source>This desk uses the built-in WA-JS from the next sign-in.</source>
        <translation>அடுத்த உள்நுழைவிலிருந்து இந்த மேசை உள்ளமைந்த WA-JS-ஐப் பயன்படுத்தும்.</translation>
    </message>
    <message>
        <source>Checking %1 …</source>
        <translation>%1 சரிபார்க்கப்படுகிறது …</translation>
    </message>
    <message>
        <source>WA-JS %1 loads and reports its version: this desk uses it from the next sign-in (after Save).</source>
        <translation>WA-JS %1 ஏற்றப்பட்டுத் தன் பதிப்பைத் தெரிவிக்கிறது: அடுத்த உள்நுழைவிலிருந்து இந்த மேசை இதைப் பயன்படுத்தும் (சேமித்த பிறகு).</translation>
    </message>
    <message>
        <source>Not used: %1</source>
        <translation>பயன்படுத்தப்படவில்லை: %1</translation>
    </message>
</context>
<context>
    <name>fd::SingleInstance</name>
    <message>
        <source>Could not take the start-up lock %1.</source>
        <translation>தொடக்கப் பூட்டு %1-ஐப் பெற முடியவில்லை.</translation>
    </message>
    <message>
        <source>Could not listen for later launches: %1</source>
        <translation>பின்னர் தொடங்கும் FrontDesk-க்காகக் காத்திருக்க முடியவில்லை: %1</translation>
    </message>
</context>
<context>
    <name>fd::StaffPhonesEditor</name>
    <message>
        <source>Staff phones</source>
        <translation>ஊழியர் தொலைபேசிகள்</translation>
    </message>
    <message>
        <source>Staff phone to add</source>
        <translation>சேர்க்க வேண்டிய ஊழியர் தொலைபேசி</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>தொலைபேசி</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>சேர்</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>நீக்கு</translation>
    </message>
    <message>
        <source>Staff phones never get a message. Users&apos; and engineers&apos; own phones are recognised without being listed here.</source>
        <translation>ஊழியர் தொலைபேசிகளுக்கு ஒருபோதும் செய்தி அனுப்பப்படாது. பயனர்கள், பொறியாளர்களின் சொந்தத் தொலைபேசிகள் இங்கே பட்டியலிடாமலேயே அடையாளம் காணப்படும்.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation>&quot;%1&quot; தொலைபேசி எண் அல்ல.</translation>
    </message>
</context>
<context>
    <name>fd::TemplateEditor</name>
    <message>
        <source>Event</source>
        <translation>நிகழ்வு</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>மொழி</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>செய்தி உரை</translation>
    </message>
    <message>
        <source>Placeholders: double-click to insert</source>
        <translation>இடம்பிடிகள்: செருக இருமுறை சொடுக்குங்கள்</translation>
    </message>
    <message>
        <source>Double-click or press Enter to insert at the cursor.</source>
        <translation>சுட்டி இருக்கும் இடத்தில் செருக இருமுறை சொடுக்குங்கள் அல்லது Enter அழுத்துங்கள்.</translation>
    </message>
    <message>
        <source>Preview with sample data</source>
        <translation>மாதிரித் தரவுடன் முன்னோட்டம்</translation>
    </message>
    <message>
        <source>Save text</source>
        <translation>உரையைச் சேமி</translation>
    </message>
    <message>
        <source>Reset to shipped text</source>
        <translation>அசல் உரைக்குத் திரும்பு</translation>
    </message>
    <message>
        <source>&amp;Event</source>
        <translation>நிகழ்வு(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>மொழி(&amp;L)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>உரை</translation>
    </message>
    <message>
        <source>Placeholders</source>
        <translation>இடம்பிடிகள்</translation>
    </message>
    <message>
        <source>Your text (saved)</source>
        <translation>உங்கள் உரை (சேமிக்கப்பட்டது)</translation>
    </message>
    <message>
        <source>The shipped text</source>
        <translation>அசல் உரை</translation>
    </message>
    <message>
        <source>Cannot be saved: %1</source>
        <translation>சேமிக்க முடியாது: %1</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>இன்னும் சேமிக்கப்படவில்லை.</translation>
    </message>
    <message>
        <source>Saved. New messages use this text.</source>
        <translation>சேமிக்கப்பட்டது. புதிய செய்திகள் இந்த உரையைப் பயன்படுத்தும்.</translation>
    </message>
    <message>
        <source>The shipped text is used again.</source>
        <translation>மீண்டும் அசல் உரை பயன்படுத்தப்படுகிறது.</translation>
    </message>
</context>
<context>
    <name>fd::UserActionsPanel</name>
    <message>
        <source>Selected person</source>
        <translation>தேர்ந்தெடுத்த நபர்</translation>
    </message>
    <message>
        <source>Select a person in the list.</source>
        <translation>பட்டியலில் ஒரு நபரைத் தேர்ந்தெடுங்கள்.</translation>
    </message>
    <message>
        <source>Disa&amp;ble</source>
        <translation>முடக்கு(&amp;B)</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>புதிய பங்கு</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>வரவேற்பு</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>நிர்வாகி</translation>
    </message>
    <message>
        <source>Change ro&amp;le</source>
        <translation>பங்கை மாற்று(&amp;L)</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>புதிய கடவுச்சொல்</translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation>குறைந்தது 8 எழுத்துகள்</translation>
    </message>
    <message>
        <source>Set new pa&amp;ssword</source>
        <translation>புதிய கடவுச்சொல் அமை(&amp;S)</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>பங்கு(&amp;O):</translation>
    </message>
    <message>
        <source>New pass&amp;word:</source>
        <translation>புதிய கடவுச்சொல்(&amp;W):</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>நிர்வாகி</translation>
    </message>
    <message>
        <source>reception</source>
        <translation>வரவேற்பு</translation>
    </message>
    <message>
        <source>%1 (&quot;%2&quot;, %3)</source>
        <translation>%1 (&quot;%2&quot;, %3)</translation>
    </message>
    <message>
        <source>%1 (&quot;%2&quot;, %3) — disabled, cannot sign in</source>
        <translation>%1 (&quot;%2&quot;, %3) — முடக்கப்பட்டது, உள்நுழைய முடியாது</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>இயக்கு(&amp;E)</translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation>%1 மீண்டும் உள்நுழையலாம்.</translation>
    </message>
    <message>
        <source>%1 is disabled and cannot sign in.</source>
        <translation>%1 முடக்கப்பட்டார்; உள்நுழைய முடியாது.</translation>
    </message>
    <message>
        <source>%1 is now an administrator.</source>
        <translation>%1 இப்போது நிர்வாகி.</translation>
    </message>
    <message>
        <source>%1 now works at reception.</source>
        <translation>%1 இப்போது வரவேற்பில் பணியாற்றுகிறார்.</translation>
    </message>
    <message>
        <source>%1 signs in with the new password from now on.</source>
        <translation>%1 இனி புதிய கடவுச்சொல்லுடன் உள்நுழைவார்.</translation>
    </message>
    <message>
        <source>Sends messages</source>
        <translation>செய்திகளை அனுப்புகிறார்</translation>
    </message>
    <message>
        <source>Sends messages: on a one-desk database the desk sends, whoever signs in</source>
        <translation>செய்திகளை அனுப்புகிறார்: ஒரு-மேசை தரவுத்தளத்தில் யார் உள்நுழைந்தாலும் மேசையே அனுப்புகிறது</translation>
    </message>
    <message>
        <source>Sends messages (administrators always may)</source>
        <translation>செய்திகளை அனுப்புகிறார் (நிர்வாகிகள் எப்போதும் அனுப்பலாம்)</translation>
    </message>
    <message>
        <source>%1 may send messages from now on (at the next sign-in).</source>
        <translation>%1 இனி செய்திகளை அனுப்பலாம் (அடுத்த உள்நுழைவில்).</translation>
    </message>
    <message>
        <source>%1 may no longer send messages.</source>
        <translation>%1 இனி செய்திகளை அனுப்ப முடியாது.</translation>
    </message>
</context>
<context>
    <name>fd::UsersPage</name>
    <message>
        <source>Add a person</source>
        <translation>நபரைச் சேர்</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>முழுப் பெயர்</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>பயனர் பெயர்</translation>
    </message>
    <message>
        <source>Mobile phone (staff, never messaged)</source>
        <translation>மொபைல் தொலைபேசி (ஊழியர், செய்திகள் அனுப்பப்படாது)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>பங்கு</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>வரவேற்பு</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>நிர்வாகி</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>கடவுச்சொல்</translation>
    </message>
    <message>
        <source>&amp;Add person</source>
        <translation>நபரைச் சேர்(&amp;A)</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>முழுப் பெயர்(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>பயனர் பெயர்(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>பங்கு(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>கடவுச்சொல்(&amp;P):</translation>
    </message>
    <message>
        <source>On PostgreSQL each person gets a database login of their own.</source>
        <translation>PostgreSQL-இல் ஒவ்வொருவருக்கும் தனித் தரவுத்தள உள்நுழைவு கிடைக்கும்.</translation>
    </message>
    <message>
        <source>People who can sign in</source>
        <translation>உள்நுழையக்கூடியவர்கள்</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>செயலில்</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ஆம்</translation>
    </message>
    <message>
        <source>no</source>
        <translation>இல்லை</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>கடைசி உள்நுழைவு</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>பயனர்கள்</translation>
    </message>
    <message>
        <source>%1 can now sign in as &quot;%2&quot;.</source>
        <translation>%1 இனி &quot;%2&quot; என்ற பெயரில் உள்நுழையலாம்.</translation>
    </message>
    <message>
        <source>Sends messages</source>
        <translation>செய்திகளை அனுப்புகிறார்</translation>
    </message>
    <message>
        <source>Sends messages: on a one-desk database the desk sends, whoever signs in</source>
        <translation>செய்திகளை அனுப்புகிறார்: ஒரு-மேசை தரவுத்தளத்தில் யார் உள்நுழைந்தாலும் மேசையே அனுப்புகிறது</translation>
    </message>
    <message>
        <source>Sends messages (administrators always may)</source>
        <translation>செய்திகளை அனுப்புகிறார் (நிர்வாகிகள் எப்போதும் அனுப்பலாம்)</translation>
    </message>
</context>
<context>
    <name>fd::WhatsAppTab</name>
    <message>
        <source>WhatsApp state</source>
        <translation>WhatsApp நிலை</translation>
    </message>
    <message>
        <source>Use here</source>
        <translation>இங்கே பயன்படுத்து</translation>
    </message>
    <message>
        <source>Take WhatsApp over from the other window, so this desk sends the messages.</source>
        <translation>மற்ற சாளரத்திலிருந்து WhatsApp-ஐ இங்கே எடுத்துக்கொள்; இந்த மேசையே செய்திகளை அனுப்பும்.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>மீண்டும் ஏற்று</translation>
    </message>
    <message>
        <source>Check WhatsApp page</source>
        <translation>WhatsApp பக்கத்தைச் சரிபார்</translation>
    </message>
    <message>
        <source>Lists which parts of the WhatsApp page FrontDesk finds and which it misses.</source>
        <translation>WhatsApp பக்கத்தின் எந்தப் பகுதிகளை FrontDesk கண்டது, எவற்றைக் காணவில்லை என்று காட்டும்.</translation>
    </message>
    <message>
        <source>Sending notice</source>
        <translation>அனுப்புதல் அறிவிப்பு</translation>
    </message>
    <message>
        <source>WhatsApp page check</source>
        <translation>WhatsApp பக்கச் சரிபார்ப்பு</translation>
    </message>
    <message>
        <source>WhatsApp Web</source>
        <translation>WhatsApp Web</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sending a message now: please do not click or type in the WhatsApp page until it is done.&lt;/b&gt;</source>
        <translation>&lt;b&gt;இப்போது ஒரு செய்தி அனுப்பப்படுகிறது: அது முடியும் வரை WhatsApp பக்கத்தில் சொடுக்கவோ தட்டச்சு செய்யவோ வேண்டாம்.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>FrontDesk sends the customers&apos; messages through this page. While a message is being sent, leave the page alone: a click or a keystroke can interrupt it.</source>
        <translation>FrontDesk வாடிக்கையாளர்களுக்கான செய்திகளை இந்தப் பக்கத்தின் வழியாக அனுப்புகிறது. ஒரு செய்தி அனுப்பப்படும்போது பக்கத்தைத் தொட வேண்டாம்: ஒரு சொடுக்கு அல்லது விசை அழுத்தம் அதைத் தடுக்கலாம்.</translation>
    </message>
    <message>
        <source>Checking the WhatsApp page ...</source>
        <translation>WhatsApp பக்கம் சரிபார்க்கப்படுகிறது ...</translation>
    </message>
    <message>
        <source>Selector pack: %1, version %2</source>
        <translation>தேர்வி தொகுப்பு: %1, பதிப்பு %2</translation>
    </message>
    <message>
        <source>Resume sending</source>
        <translation>அனுப்புதலை மீண்டும் தொடங்கு</translation>
    </message>
    <message>
        <source>Resume sending on station %1?

Do this after the selector pack (or FrontDesk) was updated and &quot;Check WhatsApp page&quot; finds everything. Messages marked &quot;may have been sent&quot; stay failed: look in each chat before retrying them.</source>
        <translation>நிலையம் %1 இல் அனுப்புதலை மீண்டும் தொடங்கவா?

தேர்வி தொகுப்பு (அல்லது FrontDesk) புதுப்பிக்கப்பட்டு, &quot;WhatsApp பக்கத்தைச் சரிபார்&quot; எல்லாவற்றையும் கண்டறிந்த பிறகே இதைச் செய்யுங்கள். &quot;அனுப்பப்பட்டிருக்கலாம்&quot; எனக் குறிக்கப்பட்ட செய்திகள் தோல்வியாகவே இருக்கும்: மீண்டும் அனுப்பும் முன் ஒவ்வொரு அரட்டையையும் பாருங்கள்.</translation>
    </message>
    <message>
        <source>Sending is off on this desk (Settings, &quot;This desk sends WhatsApp messages&quot;). Tick it there to send from this desk again.</source>
        <translation>இந்த மேசையில் அனுப்புதல் அணைக்கப்பட்டுள்ளது (அமைப்புகள், &quot;இந்த மேசை WhatsApp செய்திகளை அனுப்புகிறது&quot;). இந்த மேசையிலிருந்து மீண்டும் அனுப்ப அதை அங்கே தேர்வு செய்யவும்.</translation>
    </message>
    <message>
        <source>WhatsApp engine</source>
        <translation>WhatsApp இயந்திரம்</translation>
    </message>
    <message>
        <source>WA-JS calls WhatsApp&apos;s own functions; the DOM driver works the page as a person would. Settings, &quot;WhatsApp engine&quot;, chooses for this desk.</source>
        <translation>WA-JS WhatsApp-இன் சொந்தச் செயல்பாடுகளை அழைக்கிறது; DOM இயக்கி ஒருவர் செய்வது போல் பக்கத்தை இயக்குகிறது. அமைப்புகளில் &quot;WhatsApp இயந்திரம்&quot; இந்த மேசைக்குத் தேர்ந்தெடுக்கிறது.</translation>
    </message>
    <message>
        <source>Engine: %1</source>
        <translation>இயந்திரம்: %1</translation>
    </message>
    <message>
        <source>Sending &amp;health</source>
        <translation>அனுப்புதல் நிலை (&amp;H)</translation>
    </message>
    <message>
        <source>Messages this hour and today against the limits, the warm-up of a new number, the last pause and the latest failures.</source>
        <translation>வரம்புகளுக்கு எதிராக இந்த மணிநேரம் மற்றும் இன்றைய செய்திகள், புதிய எண்ணின் பழக்கப்படுத்தல், கடைசி நிறுத்தம் மற்றும் சமீபத்திய தோல்விகள்.</translation>
    </message>
</context>
<context>
    <name>fd::form</name>
    <message>
        <source>enter the customer&apos;s name.</source>
        <translation>வாடிக்கையாளரின் பெயரை உள்ளிடுங்கள்.</translation>
    </message>
</context>
<context>
    <name>fd::whatsapp::Engine</name>
    <message>
        <source>automatic</source>
        <translation>தானியங்கி</translation>
    </message>
    <message>
        <source>DOM driver</source>
        <translation>DOM இயக்கி</translation>
    </message>
</context>
<context>
    <name>fd::whatsapp::WaJsEngine</name>
    <message>
        <source>WA-JS is not in the page yet</source>
        <translation>WA-JS இன்னும் பக்கத்தில் இல்லை</translation>
    </message>
    <message>
        <source>WA-JS has not found WhatsApp&apos;s modules on the page</source>
        <translation>WA-JS பக்கத்தில் WhatsApp-இன் தொகுதிகளைக் காணவில்லை</translation>
    </message>
    <message>
        <source>WA-JS is starting</source>
        <translation>WA-JS தொடங்குகிறது</translation>
    </message>
    <message>
        <source>WhatsApp Web is not signed in</source>
        <translation>WhatsApp Web-இல் உள்நுழையவில்லை</translation>
    </message>
    <message>
        <source>WhatsApp blocked this account (%1)</source>
        <translation>WhatsApp இந்தக் கணக்கைத் தடுத்தது (%1)</translation>
    </message>
    <message>
        <source>WhatsApp restricted this account (%1)</source>
        <translation>WhatsApp இந்தக் கணக்கைக் கட்டுப்படுத்தியது (%1)</translation>
    </message>
    <message>
        <source>WhatsApp signed this desk out (%1)</source>
        <translation>WhatsApp இந்த மேசையை வெளியேற்றியது (%1)</translation>
    </message>
    <message>
        <source>WA-JS %1 is ready</source>
        <translation>WA-JS %1 தயார்</translation>
    </message>
    <message>
        <source>WA-JS did not load in the page</source>
        <translation>WA-JS பக்கத்தில் ஏறவில்லை</translation>
    </message>
    <message>
        <source>WA-JS did not find WhatsApp&apos;s modules on this page</source>
        <translation>WA-JS இந்தப் பக்கத்தில் WhatsApp-இன் தொகுதிகளைக் காணவில்லை</translation>
    </message>
    <message numerus="yes">
        <source>WA-JS did not report ready within %n second(s)</source>
        <translation>
            <numerusform>WA-JS %n வினாடியில் தயார் எனத் தெரிவிக்கவில்லை</numerusform>
            <numerusform>WA-JS %n வினாடிகளில் தயார் எனத் தெரிவிக்கவில்லை</numerusform>
        </translation>
    </message>
    <message>
        <source>the page did not take the job</source>
        <translation>பக்கம் வேலையை ஏற்கவில்லை</translation>
    </message>
    <message>
        <source>the page stopped answering</source>
        <translation>பக்கம் பதிலளிப்பதை நிறுத்தியது</translation>
    </message>
    <message numerus="yes">
        <source>no answer within %n second(s)</source>
        <translation>
            <numerusform>%n வினாடியில் பதில் இல்லை</numerusform>
            <numerusform>%n வினாடிகளில் பதில் இல்லை</numerusform>
        </translation>
    </message>
    <message>
        <source>not sent: WA-JS could not check the number (%1)</source>
        <translation>அனுப்பப்படவில்லை: WA-JS எண்ணைச் சரிபார்க்க முடியவில்லை (%1)</translation>
    </message>
    <message>
        <source>WA-JS failed on this page: %1</source>
        <translation>WA-JS இந்தப் பக்கத்தில் தோல்வியடைந்தது: %1</translation>
    </message>
    <message>
        <source>not a WhatsApp number (WA-JS found no account)</source>
        <translation>WhatsApp எண் அல்ல (WA-JS கணக்கு எதையும் காணவில்லை)</translation>
    </message>
    <message>
        <source>the station stopped before the message was sent</source>
        <translation>செய்தி அனுப்பப்படும் முன் நிலையம் நின்றது</translation>
    </message>
    <message>
        <source>WhatsApp could not send it</source>
        <translation>WhatsApp இதை அனுப்ப முடியவில்லை</translation>
    </message>
    <message>
        <source>may have been sent: WhatsApp&apos;s server did not confirm it</source>
        <translation>அனுப்பப்பட்டிருக்கலாம்: WhatsApp சேவையகம் உறுதிப்படுத்தவில்லை</translation>
    </message>
    <message>
        <source>may have been sent: WA-JS was sending it, then %1</source>
        <translation>அனுப்பப்பட்டிருக்கலாம்: WA-JS அதை அனுப்பிக்கொண்டிருந்தது, பிறகு %1</translation>
    </message>
</context>
<context>
    <name>fd::whatsapp::WaJsFileCheck</name>
    <message>
        <source>%1 did not load within %2 s.</source>
        <translation>%1 %2 வினாடிகளில் ஏற்றப்படவில்லை.</translation>
    </message>
    <message>
        <source>%1 does not load: %2</source>
        <translation>%1 ஏற்றப்படவில்லை: %2</translation>
    </message>
    <message>
        <source>The page that checks WA-JS did not load.</source>
        <translation>WA-JS-ஐச் சரிபார்க்கும் பக்கம் ஏற்றப்படவில்லை.</translation>
    </message>
    <message>
        <source>%1 loads but reports no version (window.WPP.version).</source>
        <translation>%1 ஏற்றப்படுகிறது, ஆனால் பதிப்பைத் தெரிவிக்கவில்லை (window.WPP.version).</translation>
    </message>
</context>
<context>
    <name>fd::whatsapp::WhatsAppSession</name>
    <message>
        <source>The WhatsApp address &quot;%1&quot; is not an http(s) URL.</source>
        <translation>WhatsApp முகவரி &quot;%1&quot; ஒரு http(s) URL அல்ல.</translation>
    </message>
    <message>
        <source>Cannot create the WhatsApp profile folder %1.</source>
        <translation>WhatsApp சுயவிவரக் கோப்புறை %1-ஐ உருவாக்க முடியவில்லை.</translation>
    </message>
    <message>
        <source>WhatsApp Web could not be loaded from %1: %2. Trying again shortly.</source>
        <translation>WhatsApp Web-ஐ %1-இலிருந்து ஏற்ற முடியவில்லை: %2. சிறிது நேரத்தில் மீண்டும் முயலும்.</translation>
    </message>
    <message>
        <source>WhatsApp Web refuses this browser (user agent &quot;%1&quot;). Update FrontDesk or set a newer user agent in the selector pack.</source>
        <translation>WhatsApp Web இந்த உலாவியை ஏற்கவில்லை (user agent &quot;%1&quot;). FrontDesk-ஐப் புதுப்பியுங்கள் அல்லது தேர்வி தொகுப்பில் புதிய user agent அமையுங்கள்.</translation>
    </message>
    <message>
        <source>the WhatsApp page is not loaded</source>
        <translation>WhatsApp பக்கம் ஏற்றப்படவில்லை</translation>
    </message>
    <message>
        <source>the WhatsApp page did not finish the step in time</source>
        <translation>WhatsApp பக்கம் இந்தப் படியை நேரத்தில் முடிக்கவில்லை</translation>
    </message>
    <message>
        <source>the WhatsApp page was reloaded during the step</source>
        <translation>படியின்போது WhatsApp பக்கம் மீண்டும் ஏற்றப்பட்டது</translation>
    </message>
    <message>
        <source>the WhatsApp page stopped answering during the step</source>
        <translation>படியின்போது WhatsApp பக்கம் பதிலளிப்பதை நிறுத்தியது</translation>
    </message>
    <message>
        <source>the WhatsApp page stopped answering for %1 s</source>
        <translation>WhatsApp பக்கம் %1 வினாடி பதிலளிக்கவில்லை</translation>
    </message>
    <message>
        <source>%1; loading WhatsApp Web again</source>
        <translation>%1; WhatsApp Web மீண்டும் ஏற்றப்படுகிறது</translation>
    </message>
    <message>
        <source>the WhatsApp page&apos;s render process was ended</source>
        <translation>WhatsApp பக்கத்தின் ரெண்டர் செயல்முறை நிறுத்தப்பட்டது</translation>
    </message>
    <message>
        <source>the WhatsApp page&apos;s render process ended (status %1, exit code %2)</source>
        <translation>WhatsApp பக்கத்தின் ரெண்டர் செயல்முறை முடிந்தது (நிலை %1, வெளியேறும் குறியீடு %2)</translation>
    </message>
    <message>
        <source>The selector pack&apos;s user agent says Chrome %1, but this browser is Chromium %2, and the page can tell (by its features, and by the client hints where Qt gives them). Leave the user agent out of the pack unless WhatsApp refuses Chrome %2.</source>
        <translation>selector pack-இன் user agent Chrome %1 எனச் சொல்கிறது, ஆனால் இந்த உலாவி Chromium %2; பக்கம் அதைக் கண்டறியலாம் (அதன் அம்சங்களாலும், Qt தரும் இடங்களில் client hints மூலமும்). WhatsApp Chrome %2-ஐ மறுக்காதவரை pack-இல் user agent-ஐச் சேர்க்க வேண்டாம்.</translation>
    </message>
</context>
<context>
    <name>fd::whatsapp::WhatsAppWebSender</name>
    <message>
        <source>another message is being sent</source>
        <translation>வேறொரு செய்தி அனுப்பப்படுகிறது</translation>
    </message>
    <message>
        <source>not a WhatsApp number: &quot;%1&quot; has too few digits</source>
        <translation>WhatsApp எண் அல்ல: &quot;%1&quot;-இல் இலக்கங்கள் மிகக் குறைவு</translation>
    </message>
    <message>
        <source>the message is empty</source>
        <translation>செய்தி காலியாக உள்ளது</translation>
    </message>
    <message>
        <source>not a WhatsApp number (WhatsApp said: %1)</source>
        <translation>WhatsApp எண் அல்ல (WhatsApp சொன்னது: %1)</translation>
    </message>
    <message>
        <source>the chat did not open, neither by link nor by the /send address</source>
        <translation>உரையாடல் திறக்கவில்லை: இணைப்பு மூலமும் இல்லை, /send முகவரி மூலமும் இல்லை</translation>
    </message>
    <message>
        <source>the WhatsApp page gave no usable answer</source>
        <translation>WhatsApp பக்கம் பயன்படக்கூடிய பதில் எதுவும் தரவில்லை</translation>
    </message>
    <message>
        <source>WhatsApp was not ready again after loading the /send address: %1</source>
        <translation>/send முகவரியை ஏற்றிய பின் WhatsApp மீண்டும் தயாராகவில்லை: %1</translation>
    </message>
    <message>
        <source>the station stopped before the page confirmed it</source>
        <translation>பக்கம் உறுதிப்படுத்தும் முன் நிலையம் நின்றது</translation>
    </message>
    <message>
        <source>the station is stopping</source>
        <translation>நிலையம் நிறுத்தப்படுகிறது</translation>
    </message>
    <message>
        <source>may have been sent: send was pressed, then %1</source>
        <translation>அனுப்பப்பட்டிருக்கலாம்: அனுப்பு அழுத்தப்பட்டது, பின் %1</translation>
    </message>
    <message>
        <source>the station stopped before the message was sent</source>
        <translation>செய்தி அனுப்பப்படும் முன் நிலையம் நின்றது</translation>
    </message>
    <message>
        <source>not sent: %1 before send was pressed</source>
        <translation>அனுப்பப்படவில்லை: அனுப்பு அழுத்தப்படும் முன் %1</translation>
    </message>
    <message>
        <source>WhatsApp could not send it</source>
        <translation>WhatsApp இதை அனுப்ப முடியவில்லை</translation>
    </message>
    <message>
        <source>the chat did not open: %1</source>
        <translation>உரையாடல் திறக்கவில்லை: %1</translation>
    </message>
    <message>
        <source>may have been sent: no confirmation on the page (%1)</source>
        <translation>அனுப்பப்பட்டிருக்கலாம்: பக்கத்தில் உறுதிப்படுத்தல் இல்லை (%1)</translation>
    </message>
    <message>
        <source>the station stopped before send was pressed</source>
        <translation>அனுப்பு அழுத்தப்படும் முன் நிலையம் நின்றது</translation>
    </message>
    <message>
        <source>may have been sent: the station stopped before WhatsApp confirmed it</source>
        <translation>அனுப்பப்பட்டிருக்கலாம்: WhatsApp உறுதிப்படுத்தும் முன் நிலையம் நின்றது</translation>
    </message>
    <message>
        <source>Checking whether WA-JS works on this page…</source>
        <translation>WA-JS இந்தப் பக்கத்தில் வேலை செய்கிறதா எனச் சரிபார்க்கிறது…</translation>
    </message>
    <message>
        <source>Engine: %1</source>
        <translation>இயந்திரம்: %1</translation>
    </message>
    <message>
        <source>WA-JS: not used (the DOM driver was chosen)</source>
        <translation>WA-JS: பயன்படுத்தப்படவில்லை (DOM இயக்கி தேர்ந்தெடுக்கப்பட்டது)</translation>
    </message>
    <message>
        <source>WA-JS: not in the page</source>
        <translation>WA-JS: பக்கத்தில் இல்லை</translation>
    </message>
    <message>
        <source>WA-JS: %1, ready</source>
        <translation>WA-JS: %1, தயார்</translation>
    </message>
    <message>
        <source>WA-JS: %1, not ready (%2)</source>
        <translation>WA-JS: %1, தயாரில்லை (%2)</translation>
    </message>
    <message>
        <source>choosing (WA-JS or the DOM driver)</source>
        <translation>தேர்ந்தெடுக்கிறது (WA-JS அல்லது DOM இயக்கி)</translation>
    </message>
    <message>
        <source>WhatsApp shows a warning about this account: &quot;%1&quot;</source>
        <translation>WhatsApp இந்தக் கணக்கைப் பற்றி எச்சரிக்கை காட்டுகிறது: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>WhatsApp shows a warning about this account</source>
        <translation>WhatsApp இந்தக் கணக்கைப் பற்றி எச்சரிக்கை காட்டுகிறது</translation>
    </message>
    <message>
        <source>WA-JS file: %1</source>
        <translation>WA-JS கோப்பு: %1</translation>
    </message>
    <message>
        <source>WA-JS file: built-in (%1)</source>
        <translation>WA-JS கோப்பு: உள்ளமைந்தது (%1)</translation>
    </message>
    <message>
        <source>WhatsApp Web: %1</source>
        <translation>WhatsApp Web: %1</translation>
    </message>
    <message>
        <source>Browser: Chromium %1 (QtWebEngine %2), user agent Chrome %3</source>
        <translation>உலாவி: Chromium %1 (QtWebEngine %2), user agent Chrome %3</translation>
    </message>
</context>
</TS>
