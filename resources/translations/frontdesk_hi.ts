<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN">
<context>
    <name>QObject</name>
    <message>
        <source>Wrong user name or password.</source>
        <translation>गलत यूज़र नेम या पासवर्ड।</translation>
    </message>
    <message>
        <source>The user &quot;%1&quot; is disabled. Ask an administrator to enable it again.</source>
        <translation>यूज़र &quot;%1&quot; निष्क्रिय है। इसे फिर से चालू करने के लिए व्यवस्थापक से कहें।</translation>
    </message>
    <message>
        <source>read your FrontDesk role</source>
        <translation>आपकी FrontDesk भूमिका पढ़ना</translation>
    </message>
    <message>
        <source>This database is not set up for FrontDesk logins yet (the roles frontdesk_admin and frontdesk_reception are missing): ask your administrator to run &quot;frontdesk migrate&quot;.</source>
        <translation>यह डेटाबेस अभी FrontDesk लॉगिन के लिए तैयार नहीं है (frontdesk_admin और frontdesk_reception भूमिकाएँ नहीं हैं): अपने व्यवस्थापक से &quot;frontdesk migrate&quot; चलाने को कहें।</translation>
    </message>
    <message>
        <source>The database login &quot;%1&quot; is not a FrontDesk user (it is in neither frontdesk_admin nor frontdesk_reception).</source>
        <translation>डेटाबेस लॉगिन &quot;%1&quot; FrontDesk यूज़र नहीं है (यह न frontdesk_admin में है, न frontdesk_reception में)।</translation>
    </message>
    <message>
        <source>The password library could not start.</source>
        <translation>पासवर्ड लाइब्रेरी शुरू नहीं हो सकी।</translation>
    </message>
    <message>
        <source>Not enough memory to protect the password.</source>
        <translation>पासवर्ड सुरक्षित करने के लिए पर्याप्त मेमोरी नहीं है।</translation>
    </message>
    <message>
        <source>The password needs at least %1 characters.</source>
        <translation>पासवर्ड में कम से कम %1 अक्षर होने चाहिए।</translation>
    </message>
    <message>
        <source>The password must not start or end with a space.</source>
        <translation>पासवर्ड के शुरू या अंत में स्पेस नहीं होना चाहिए।</translation>
    </message>
    <message>
        <source>open the database</source>
        <translation>डेटाबेस खोलना</translation>
    </message>
    <message>
        <source>The Qt SQLite driver (QSQLITE) is not installed.</source>
        <translation>Qt का SQLite ड्राइवर (QSQLITE) इंस्टॉल नहीं है।</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 एक फ़ोल्डर है, डेटाबेस फ़ाइल नहीं।</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created for the database.</source>
        <translation>डेटाबेस के लिए फ़ोल्डर %1 नहीं बनाया जा सकता।</translation>
    </message>
    <message>
        <source>The Qt PostgreSQL driver (QPSQL) is not installed.</source>
        <translation>Qt का PostgreSQL ड्राइवर (QPSQL) इंस्टॉल नहीं है।</translation>
    </message>
    <message>
        <source>The SQLite URL &quot;%1&quot; is not valid: %2.</source>
        <translation>SQLite URL &quot;%1&quot; सही नहीं है: %2।</translation>
    </message>
    <message>
        <source>The SQLite URL &quot;%1&quot; names no file: %2.</source>
        <translation>SQLite URL &quot;%1&quot; में कोई फ़ाइल नहीं है: %2।</translation>
    </message>
    <message>
        <source>The SQLite file name &quot;%1&quot; begins or ends with a space or tab.</source>
        <translation>SQLite फ़ाइल नाम &quot;%1&quot; के शुरू या अंत में स्पेस या टैब है।</translation>
    </message>
    <message>
        <source>The %1 name &quot;%2&quot; is longer than PostgreSQL&apos;s limit of 63 bytes.</source>
        <translation>%1 नाम &quot;%2&quot; PostgreSQL की 63 बाइट की सीमा से लंबा है।</translation>
    </message>
    <message>
        <source>The %1 name in the PostgreSQL URL holds characters that are not text.</source>
        <translation>PostgreSQL URL में %1 नाम में ऐसे अक्षर हैं जो टेक्स्ट नहीं हैं।</translation>
    </message>
    <message>
        <source>The PostgreSQL URL &quot;%1&quot; is not valid (%2): %3.</source>
        <translation>PostgreSQL URL &quot;%1&quot; सही नहीं है (%2): %3।</translation>
    </message>
    <message>
        <source>The PostgreSQL URL &quot;%1&quot; has port 0.</source>
        <translation>PostgreSQL URL &quot;%1&quot; में पोर्ट 0 है।</translation>
    </message>
    <message>
        <source>The PostgreSQL URL &quot;%1&quot; must name one database after the host: %2.</source>
        <translation>PostgreSQL URL &quot;%1&quot; में होस्ट के बाद ठीक एक डेटाबेस का नाम होना चाहिए: %2।</translation>
    </message>
    <message>
        <source>The PostgreSQL URL &quot;%1&quot; names no user: %2.</source>
        <translation>PostgreSQL URL &quot;%1&quot; में कोई यूज़र नहीं है: %2।</translation>
    </message>
    <message>
        <source>database</source>
        <translation>डेटाबेस</translation>
    </message>
    <message>
        <source>user</source>
        <translation>यूज़र</translation>
    </message>
    <message>
        <source>sslmode &quot;%1&quot; is not one of %2.</source>
        <translation>sslmode &quot;%1&quot;, %2 में से कोई नहीं है।</translation>
    </message>
    <message>
        <source>connect_timeout &quot;%1&quot; must be a number of seconds from 1 to 600.</source>
        <translation>connect_timeout &quot;%1&quot; 1 से 600 के बीच सेकंड की संख्या होनी चाहिए।</translation>
    </message>
    <message>
        <source>The PostgreSQL URL option &quot;%1&quot; is not known (known: sslmode, connect_timeout, application_name).</source>
        <translation>PostgreSQL URL का विकल्प &quot;%1&quot; पहचाना नहीं गया (ज्ञात: sslmode, connect_timeout, application_name)।</translation>
    </message>
    <message>
        <source>No database URL was given: %1.</source>
        <translation>कोई डेटाबेस URL नहीं दिया गया: %1।</translation>
    </message>
    <message>
        <source>The database URL &quot;%1&quot; has the unknown kind &quot;%2&quot;: %3.</source>
        <translation>डेटाबेस URL &quot;%1&quot; का प्रकार &quot;%2&quot; अज्ञात है: %3।</translation>
    </message>
    <message>
        <source>SQLite %1</source>
        <translation>SQLite %1</translation>
    </message>
    <message>
        <source>PostgreSQL %1 on %2:%3</source>
        <translation>%2:%3 पर PostgreSQL %1</translation>
    </message>
    <message>
        <source>release the migration lock</source>
        <translation>माइग्रेशन लॉक छोड़ना</translation>
    </message>
    <message>
        <source>wait for another desk&apos;s database upgrade</source>
        <translation>किसी दूसरे डेस्क के डेटाबेस अपग्रेड का इंतज़ार करना</translation>
    </message>
    <message>
        <source>read the database&apos;s schema version</source>
        <translation>डेटाबेस का स्कीमा संस्करण पढ़ना</translation>
    </message>
    <message>
        <source>The database was upgraded by a newer FrontDesk (schema version %1; this FrontDesk %2 knows up to %3). Install the newer FrontDesk on this desk.</source>
        <translation>डेटाबेस को किसी नए FrontDesk ने अपग्रेड किया है (स्कीमा संस्करण %1; यह FrontDesk %2 संस्करण %3 तक ही जानता है)। इस डेस्क पर नया FrontDesk इंस्टॉल करें।</translation>
    </message>
    <message>
        <source>create the schema version table</source>
        <translation>स्कीमा संस्करण की तालिका बनाना</translation>
    </message>
    <message>
        <source>copy the database aside before upgrading it</source>
        <translation>अपग्रेड से पहले डेटाबेस की प्रति अलग रखना</translation>
    </message>
    <message>
        <source>Migration %1 is missing from the program.</source>
        <translation>माइग्रेशन %1 प्रोग्राम में नहीं है।</translation>
    </message>
    <message>
        <source>upgrade the database to version %1 (%2)</source>
        <translation>डेटाबेस को संस्करण %1 (%2) में अपग्रेड करना</translation>
    </message>
    <message>
        <source>list the database&apos;s tables</source>
        <translation>डेटाबेस की तालिकाओं की सूची पढ़ना</translation>
    </message>
    <message>
        <source>table %1</source>
        <translation>तालिका %1</translation>
    </message>
    <message>
        <source>column %1.%2</source>
        <translation>कॉलम %1.%2</translation>
    </message>
    <message>
        <source>This user is disabled. Ask an administrator to enable it again.</source>
        <translation>यह यूज़र निष्क्रिय है। इसे फिर से चालू करने के लिए व्यवस्थापक से कहें।</translation>
    </message>
    <message>
        <source>The PostgreSQL server refused the user name or password.</source>
        <translation>PostgreSQL सर्वर ने यूज़र नेम या पासवर्ड अस्वीकार कर दिया।</translation>
    </message>
    <message>
        <source>The PostgreSQL database does not exist on that server.</source>
        <translation>उस सर्वर पर यह PostgreSQL डेटाबेस मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>Your database role may not %1.</source>
        <translation>आपकी डेटाबेस भूमिका को इसकी अनुमति नहीं है: %1।</translation>
    </message>
    <message>
        <source>Could not %1: the record already exists.</source>
        <translation>%1 संभव नहीं हुआ: यह रिकॉर्ड पहले से मौजूद है।</translation>
    </message>
    <message>
        <source>Could not %1: the database is read-only.</source>
        <translation>%1 संभव नहीं हुआ: डेटाबेस केवल पढ़ने के लिए है।</translation>
    </message>
    <message>
        <source>The PostgreSQL server cannot be reached, so FrontDesk could not %1.</source>
        <translation>PostgreSQL सर्वर से संपर्क नहीं हो पा रहा, इसलिए %1 संभव नहीं हुआ।</translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <translation>%1 संभव नहीं हुआ: %2</translation>
    </message>
    <message>
        <source>Could not %1: the database file cannot be written (the file, its folder or its disk is read-only). Nothing was changed. Make it writable again (or ask whoever looks after this computer), then try again.</source>
        <translation>%1 संभव नहीं हुआ: डेटाबेस फ़ाइल में लिखा नहीं जा सकता (फ़ाइल, उसका फ़ोल्डर या उसकी डिस्क केवल पढ़ने के लिए है)। कुछ भी नहीं बदला गया। इसे फिर से लिखने योग्य बनाएँ (या इस कंप्यूटर की देखभाल करने वाले व्यक्ति से कहें), फिर दोबारा कोशिश करें।</translation>
    </message>
    <message>
        <source>Could not %1: the file is not a FrontDesk database or it is damaged.</source>
        <translation>%1 संभव नहीं हुआ: यह फ़ाइल FrontDesk डेटाबेस नहीं है या खराब हो गई है।</translation>
    </message>
    <message>
        <source>Could not %1: the database file cannot be opened.</source>
        <translation>%1 संभव नहीं हुआ: डेटाबेस फ़ाइल खुल नहीं रही।</translation>
    </message>
    <message>
        <source>Could not %1: the database is busy in another program.</source>
        <translation>%1 संभव नहीं हुआ: डेटाबेस किसी दूसरे प्रोग्राम में व्यस्त है।</translation>
    </message>
    <message>
        <source>Could not %1: the disk that holds the database is full. Nothing was changed. Free some space on it (delete or move files that are no longer needed), then try again.</source>
        <translation>%1 संभव नहीं हुआ: डेटाबेस वाली डिस्क भर गई है। कुछ भी नहीं बदला गया। उस पर कुछ जगह खाली करें (जिन फ़ाइलों की अब ज़रूरत नहीं है उन्हें हटाएँ या कहीं और ले जाएँ), फिर दोबारा कोशिश करें।</translation>
    </message>
    <message>
        <source>Could not %1: the file is not a database.</source>
        <translation>%1 संभव नहीं हुआ: यह फ़ाइल डेटाबेस नहीं है।</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>क्रमांक</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>बनाया गया</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>घटना</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>ग्राहक</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>फ़ोन</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>भाषा</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>दोबारा प्रयास</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>भेजा गया</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>पहुँचा</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>पढ़ा गया</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>माध्यम</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>स्टेशन</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>त्रुटि</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>संदेश</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 में लिखा नहीं जा सकता: %2</translation>
    </message>
    <message>
        <source>read the message log</source>
        <translation>संदेश लॉग पढ़ना</translation>
    </message>
    <message>
        <source>Message %1 does not exist.</source>
        <translation>संदेश %1 मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>read the message&apos;s attempts</source>
        <translation>संदेश के प्रयास पढ़ना</translation>
    </message>
    <message>
        <source>read the opted-out customers</source>
        <translation>संदेश बंद करवाने वाले ग्राहक पढ़ना</translation>
    </message>
    <message>
        <source>opt the customers out</source>
        <translation>ग्राहकों के संदेश बंद करना</translation>
    </message>
    <message>
        <source>save the customer</source>
        <translation>ग्राहक को सहेजना</translation>
    </message>
    <message>
        <source>Could not save the customer.</source>
        <translation>ग्राहक को सहेजा नहीं जा सका।</translation>
    </message>
    <message>
        <source>change the customer&apos;s WhatsApp consent</source>
        <translation>ग्राहक की WhatsApp सहमति बदलना</translation>
    </message>
    <message>
        <source>read the customer&apos;s WhatsApp consent</source>
        <translation>ग्राहक की WhatsApp सहमति पढ़ना</translation>
    </message>
    <message>
        <source>Name the item to deliver.</source>
        <translation>डिलीवरी का सामान लिखें।</translation>
    </message>
    <message>
        <source>The quantity must be at least 1.</source>
        <translation>मात्रा कम से कम 1 होनी चाहिए।</translation>
    </message>
    <message>
        <source>save the delivery</source>
        <translation>डिलीवरी सहेजना</translation>
    </message>
    <message>
        <source>read the delivery</source>
        <translation>डिलीवरी पढ़ना</translation>
    </message>
    <message>
        <source>Delivery %1 does not exist.</source>
        <translation>डिलीवरी %1 मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>list the deliveries</source>
        <translation>डिलीवरी की सूची पढ़ना</translation>
    </message>
    <message>
        <source>A delivery cannot be set back to pending.</source>
        <translation>डिलीवरी को वापस &quot;लंबित&quot; नहीं किया जा सकता।</translation>
    </message>
    <message>
        <source>Delivery %1 was already delivered; its status cannot change.</source>
        <translation>डिलीवरी %1 पहले ही हो चुकी है; इसकी स्थिति नहीं बदल सकती।</translation>
    </message>
    <message>
        <source>Give the new delivery date for the re-attempt.</source>
        <translation>दोबारा प्रयास के लिए नई डिलीवरी तारीख दें।</translation>
    </message>
    <message>
        <source>change the delivery status</source>
        <translation>डिलीवरी की स्थिति बदलना</translation>
    </message>
    <message>
        <source>read the engineers</source>
        <translation>इंजीनियरों की सूची पढ़ना</translation>
    </message>
    <message>
        <source>Enter the engineer&apos;s name.</source>
        <translation>इंजीनियर का नाम लिखें।</translation>
    </message>
    <message>
        <source>save the engineer</source>
        <translation>इंजीनियर को सहेजना</translation>
    </message>
    <message>
        <source>save the enquiry</source>
        <translation>पूछताछ सहेजना</translation>
    </message>
    <message>
        <source>read the enquiry</source>
        <translation>पूछताछ पढ़ना</translation>
    </message>
    <message>
        <source>Enquiry %1 does not exist.</source>
        <translation>पूछताछ %1 मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>search the enquiries</source>
        <translation>पूछताछ खोजना</translation>
    </message>
    <message>
        <source>count the waiting and failed messages</source>
        <translation>प्रतीक्षा में और विफल संदेश गिनना</translation>
    </message>
    <message>
        <source>log the WhatsApp message</source>
        <translation>WhatsApp संदेश लॉग करना</translation>
    </message>
    <message>
        <source>save the service request</source>
        <translation>सेवा अनुरोध सहेजना</translation>
    </message>
    <message>
        <source>read the service request</source>
        <translation>सेवा अनुरोध पढ़ना</translation>
    </message>
    <message>
        <source>Service request %1 does not exist.</source>
        <translation>सेवा अनुरोध %1 मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>list the service requests</source>
        <translation>सेवा अनुरोधों की सूची पढ़ना</translation>
    </message>
    <message>
        <source>Service request %1 is already %2; it cannot be assigned.</source>
        <translation>सेवा अनुरोध %1 पहले से %2 है; इसे सौंपा नहीं जा सकता।</translation>
    </message>
    <message>
        <source>Choose the engineer to assign.</source>
        <translation>सौंपने के लिए इंजीनियर चुनें।</translation>
    </message>
    <message>
        <source>assign the engineer</source>
        <translation>इंजीनियर सौंपना</translation>
    </message>
    <message>
        <source>Service request %1 was cancelled; it cannot be completed.</source>
        <translation>सेवा अनुरोध %1 रद्द हो चुका है; इसे पूरा नहीं किया जा सकता।</translation>
    </message>
    <message>
        <source>Give the date the service was completed.</source>
        <translation>सेवा पूरी होने की तारीख दें।</translation>
    </message>
    <message>
        <source>mark the service request completed</source>
        <translation>सेवा अनुरोध को पूरा चिह्नित करना</translation>
    </message>
    <message>
        <source>read the setting %1</source>
        <translation>सेटिंग %1 पढ़ना</translation>
    </message>
    <message>
        <source>save the setting %1</source>
        <translation>सेटिंग %1 सहेजना</translation>
    </message>
    <message>
        <source>remove the setting %1</source>
        <translation>सेटिंग %1 हटाना</translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation>यूज़र नेम लिखें।</translation>
    </message>
    <message>
        <source>A user name starts with a letter and has only letters a–z, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; (at most 63).</source>
        <translation>यूज़र नेम किसी अक्षर से शुरू होता है और उसमें केवल a–z अक्षर, अंक, &apos;.&apos;, &apos;_&apos; या &apos;-&apos; होते हैं (अधिकतम 63)।</translation>
    </message>
    <message>
        <source>User names starting with &quot;pg_&quot; or &quot;frontdesk_&quot; are reserved.</source>
        <translation>&quot;pg_&quot; या &quot;frontdesk_&quot; से शुरू होने वाले यूज़र नेम आरक्षित हैं।</translation>
    </message>
    <message>
        <source>create the database login &quot;%1&quot;</source>
        <translation>डेटाबेस लॉगिन &quot;%1&quot; बनाना</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation>व्यक्ति का नाम लिखें।</translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; is taken.</source>
        <translation>यूज़र नेम &quot;%1&quot; पहले से लिया जा चुका है।</translation>
    </message>
    <message>
        <source>save the user &quot;%1&quot;</source>
        <translation>यूज़र &quot;%1&quot; को सहेजना</translation>
    </message>
    <message>
        <source>read the users</source>
        <translation>यूज़र सूची पढ़ना</translation>
    </message>
    <message>
        <source>read the user</source>
        <translation>यूज़र को पढ़ना</translation>
    </message>
    <message>
        <source>count the users</source>
        <translation>यूज़र गिनना</translation>
    </message>
    <message>
        <source>record the login</source>
        <translation>साइन-इन का समय दर्ज करना</translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; नाम का कोई यूज़र नहीं है।</translation>
    </message>
    <message>
        <source>You cannot disable yourself: another administrator has to do it.</source>
        <translation>आप ख़ुद को निष्क्रिय नहीं कर सकते: यह किसी दूसरे व्यवस्थापक को करना होगा।</translation>
    </message>
    <message>
        <source>You cannot take away your own administrator role: another administrator has to do it.</source>
        <translation>आप अपनी व्यवस्थापक भूमिका ख़ुद नहीं हटा सकते: यह किसी दूसरे व्यवस्थापक को करना होगा।</translation>
    </message>
    <message>
        <source>count the administrators</source>
        <translation>व्यवस्थापकों को गिनना</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the last active administrator: make someone else an administrator first.</source>
        <translation>&quot;%1&quot; आख़िरी सक्रिय व्यवस्थापक है: पहले किसी और को व्यवस्थापक बनाएँ।</translation>
    </message>
    <message>
        <source>enable the user &quot;%1&quot;</source>
        <translation>यूज़र &quot;%1&quot; को चालू करना</translation>
    </message>
    <message>
        <source>disable the user &quot;%1&quot;</source>
        <translation>यूज़र &quot;%1&quot; को निष्क्रिय करना</translation>
    </message>
    <message>
        <source>change the role of &quot;%1&quot;</source>
        <translation>&quot;%1&quot; की भूमिका बदलना</translation>
    </message>
    <message>
        <source>set a new password for &quot;%1&quot;</source>
        <translation>&quot;%1&quot; का नया पासवर्ड सेट करना</translation>
    </message>
    <message>
        <source>The message has no value for the template parameter &quot;%1&quot;.</source>
        <translation>संदेश में टेम्पलेट पैरामीटर &quot;%1&quot; का कोई मान नहीं है।</translation>
    </message>
    <message>
        <source>The message has no value for the link button (&quot;%1&quot;).</source>
        <translation>संदेश में लिंक बटन (&quot;%1&quot;) का कोई मान नहीं है।</translation>
    </message>
    <message>
        <source>not a WhatsApp number (or the message could not be delivered)</source>
        <translation>WhatsApp नंबर नहीं है (या संदेश पहुँचाया नहीं जा सका)</translation>
    </message>
    <message>
        <source>WhatsApp allows only approved templates outside 24 hours after the customer&apos;s last message</source>
        <translation>ग्राहक के आख़िरी संदेश के 24 घंटे बाद WhatsApp केवल स्वीकृत टेम्पलेट भेजने देता है</translation>
    </message>
    <message>
        <source>the customer stopped marketing messages</source>
        <translation>ग्राहक ने मार्केटिंग संदेश बंद करवाए हैं</translation>
    </message>
    <message>
        <source>WhatsApp&apos;s sending rate limit was reached</source>
        <translation>WhatsApp की भेजने की दर-सीमा पूरी हो गई</translation>
    </message>
    <message>
        <source>too many messages to this customer in a short time</source>
        <translation>कम समय में इस ग्राहक को बहुत अधिक संदेश</translation>
    </message>
    <message>
        <source>the Cloud API access token was rejected: an administrator must enter a new one</source>
        <translation>Cloud API एक्सेस टोकन अस्वीकार कर दिया गया: व्यवस्थापक को नया टोकन डालना होगा</translation>
    </message>
    <message>
        <source>the approved WhatsApp template is missing or its parameters do not match</source>
        <translation>स्वीकृत WhatsApp टेम्पलेट नहीं मिला या उसके पैरामीटर मेल नहीं खाते</translation>
    </message>
    <message>
        <source>the WhatsApp Cloud API could not be reached: %1</source>
        <translation>WhatsApp Cloud API से संपर्क नहीं हो सका: %1</translation>
    </message>
    <message>
        <source>the WhatsApp Cloud API gave an answer without a message id (HTTP %1)</source>
        <translation>WhatsApp Cloud API के जवाब में संदेश id नहीं था (HTTP %1)</translation>
    </message>
    <message>
        <source>the WhatsApp Cloud API refused the message (HTTP %1)</source>
        <translation>WhatsApp Cloud API ने संदेश अस्वीकार कर दिया (HTTP %1)</translation>
    </message>
    <message>
        <source>sent %1, failed %2, skipped %3, left %4</source>
        <translation>भेजे गए %1, विफल %2, छोड़े गए %3, बाकी %4</translation>
    </message>
    <message>
        <source>take the next WhatsApp message</source>
        <translation>अगला WhatsApp संदेश लेना</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(अज्ञात)</translation>
    </message>
    <message>
        <source>this station stopped while sending; checking the chat before resending</source>
        <translation>भेजते समय यह स्टेशन रुक गया था; दोबारा भेजने से पहले चैट जाँची जा रही है</translation>
    </message>
    <message>
        <source>record the WhatsApp message&apos;s outcome</source>
        <translation>WhatsApp संदेश का परिणाम दर्ज करना</translation>
    </message>
    <message>
        <source>Message %1 is no longer claimed by this station.</source>
        <translation>संदेश %1 पर अब इस स्टेशन का दावा नहीं है।</translation>
    </message>
    <message>
        <source>read the message&apos;s retries</source>
        <translation>संदेश के दोबारा प्रयास पढ़ना</translation>
    </message>
    <message>
        <source>%1 (gave up after %2 automatic retries)</source>
        <translation>%1 (%2 स्वचालित दोबारा प्रयासों के बाद छोड़ दिया गया)</translation>
    </message>
    <message>
        <source>the sender was not ready</source>
        <translation>भेजने वाला तैयार नहीं था</translation>
    </message>
    <message>
        <source>record the message&apos;s delivery tick</source>
        <translation>संदेश का डिलीवरी टिक दर्ज करना</translation>
    </message>
    <message>
        <source>count the waiting messages</source>
        <translation>प्रतीक्षा में संदेश गिनना</translation>
    </message>
    <message>
        <source>Only an administrator may retry messages.</source>
        <translation>केवल एडमिन ही संदेश दोबारा भेज सकता है।</translation>
    </message>
    <message>
        <source>retry the messages</source>
        <translation>संदेश दोबारा भेजना</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s name.</source>
        <translation>ग्राहक का नाम लिखें।</translation>
    </message>
    <message>
        <source>Enter the type of service.</source>
        <translation>सेवा का प्रकार लिखें।</translation>
    </message>
    <message>
        <source>Enter the expected service date.</source>
        <translation>सेवा की अपेक्षित तारीख लिखें।</translation>
    </message>
    <message>
        <source>complete the service request</source>
        <translation>सेवा अनुरोध पूरा करना</translation>
    </message>
    <message>
        <source>mark the WhatsApp message as queued</source>
        <translation>WhatsApp संदेश को कतार में चिह्नित करना</translation>
    </message>
    <message>
        <source>queue the WhatsApp message</source>
        <translation>WhatsApp संदेश कतार में डालना</translation>
    </message>
    <message>
        <source>WhatsApp message queued.</source>
        <translation>WhatsApp संदेश कतार में है।</translation>
    </message>
    <message>
        <source>WhatsApp message not sent: %1.</source>
        <translation>WhatsApp संदेश नहीं भेजा गया: %1।</translation>
    </message>
    <message>
        <source>WhatsApp message not sent: staff number.</source>
        <translation>WhatsApp संदेश नहीं भेजा गया: स्टाफ़ का नंबर।</translation>
    </message>
    <message>
        <source>Saved. The customer already had this WhatsApp message, so none was sent again.</source>
        <translation>सहेजा गया। ग्राहक को यह WhatsApp संदेश पहले ही मिल चुका है, इसलिए दोबारा नहीं भेजा गया।</translation>
    </message>
    <message>
        <source>WhatsApp message could not be prepared: %1.</source>
        <translation>WhatsApp संदेश तैयार नहीं हो सका: %1।</translation>
    </message>
    <message>
        <source>read the staff phone numbers</source>
        <translation>स्टाफ़ के फ़ोन नंबर पढ़ना</translation>
    </message>
    <message>
        <source>staff number</source>
        <translation>स्टाफ़ का नंबर</translation>
    </message>
    <message>
        <source>customer opted out</source>
        <translation>ग्राहक ने संदेश बंद करवाए हैं</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s phone number.</source>
        <translation>ग्राहक का फ़ोन नंबर लिखें।</translation>
    </message>
    <message>
        <source>A phone number has only digits, spaces and + ( ) - .</source>
        <translation>फ़ोन नंबर में केवल अंक, स्पेस और + ( ) - होते हैं।</translation>
    </message>
    <message>
        <source>The number is too short.</source>
        <translation>नंबर बहुत छोटा है।</translation>
    </message>
    <message>
        <source>The number is too long.</source>
        <translation>नंबर बहुत लंबा है।</translation>
    </message>
    <message>
        <source>The country code is not valid.</source>
        <translation>देश कोड सही नहीं है।</translation>
    </message>
    <message>
        <source>This is not a phone number.</source>
        <translation>यह फ़ोन नंबर नहीं है।</translation>
    </message>
    <message>
        <source>The number is too short: an Indian mobile number has 10 digits.</source>
        <translation>नंबर बहुत छोटा है: भारतीय मोबाइल नंबर में 10 अंक होते हैं।</translation>
    </message>
    <message>
        <source>The number is too long: an Indian mobile number has 10 digits.</source>
        <translation>नंबर बहुत लंबा है: भारतीय मोबाइल नंबर में 10 अंक होते हैं।</translation>
    </message>
    <message>
        <source>This number does not exist: check the digits.</source>
        <translation>यह नंबर मौजूद नहीं है: अंक जाँचें।</translation>
    </message>
    <message>
        <source>numbers from %1 are not messaged</source>
        <translation>%1 के नंबरों पर संदेश नहीं भेजे जाते</translation>
    </message>
    <message>
        <source>that country</source>
        <translation>उस देश</translation>
    </message>
    <message>
        <source>landline</source>
        <translation>लैंडलाइन</translation>
    </message>
    <message>
        <source>toll-free number</source>
        <translation>टोल-फ़्री नंबर</translation>
    </message>
    <message>
        <source>not a mobile number</source>
        <translation>मोबाइल नंबर नहीं</translation>
    </message>
    <message>
        <source>No keychain is available on this computer (no Secret Service is running), so the password is not stored: it will be asked for each time.</source>
        <translation>इस कंप्यूटर पर कोई कीचेन उपलब्ध नहीं है (कोई Secret Service नहीं चल रही), इसलिए पासवर्ड सहेजा नहीं गया: हर बार पूछा जाएगा।</translation>
    </message>
    <message>
        <source>The keychain refused access, so the password is not stored: it will be asked for each time.</source>
        <translation>कीचेन ने पहुँच से इनकार किया, इसलिए पासवर्ड सहेजा नहीं गया: हर बार पूछा जाएगा।</translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation>कीचेन विफल रहा: %1</translation>
    </message>
    <message>
        <source>read the settings</source>
        <translation>सेटिंग्स पढ़ना</translation>
    </message>
    <message>
        <source>A &quot;{&quot; is never closed; write {{ for a brace in the text.</source>
        <translation>एक &quot;{&quot; कभी बंद नहीं हुआ; टेक्स्ट में ब्रेस के लिए {{ लिखें।</translation>
    </message>
    <message>
        <source>&quot;{%1}&quot; is not a placeholder; write {{ and }} for braces in the text.</source>
        <translation>&quot;{%1}&quot; कोई प्लेसहोल्डर नहीं है; टेक्स्ट में ब्रेस के लिए {{ और }} लिखें।</translation>
    </message>
    <message>
        <source>A &quot;}&quot; has no &quot;{&quot;; write }} for a brace in the text.</source>
        <translation>एक &quot;}&quot; का कोई &quot;{&quot; नहीं है; टेक्स्ट में ब्रेस के लिए }} लिखें।</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>संदेश खाली है।</translation>
    </message>
    <message>
        <source>Unknown placeholder {%1}. This message may use: %2.</source>
        <translation>अज्ञात प्लेसहोल्डर {%1}। यह संदेश इनका उपयोग कर सकता है: %2।</translation>
    </message>
    <message>
        <source>No value for {%1}</source>
        <translation>{%1} का कोई मान नहीं</translation>
    </message>
    <message>
        <source>The link &quot;%1&quot; must start with https:// or http://.</source>
        <translation>लिंक &quot;%1&quot; https:// या http:// से शुरू होना चाहिए।</translation>
    </message>
    <message>
        <source>The link &quot;%1&quot; must contain {ticket_id}.</source>
        <translation>लिंक &quot;%1&quot; में {ticket_id} होना चाहिए।</translation>
    </message>
    <message>
        <source>The link &quot;%1&quot; is not a valid web address.</source>
        <translation>लिंक &quot;%1&quot; सही वेब पता नहीं है।</translation>
    </message>
    <message>
        <source>Cannot create the WhatsApp profile folder %1.</source>
        <translation>WhatsApp प्रोफ़ाइल फ़ोल्डर %1 नहीं बनाया जा सकता।</translation>
    </message>
    <message>
        <source>The WhatsApp profile is in use by another FrontDesk (process %1 on %2); only one program per computer may send through it. Close that one first.</source>
        <translation>WhatsApp प्रोफ़ाइल किसी दूसरे FrontDesk के उपयोग में है (%2 पर प्रोसेस %1); एक कंप्यूटर पर केवल एक प्रोग्राम इससे भेज सकता है। पहले उसे बंद करें।</translation>
    </message>
    <message>
        <source>The WhatsApp profile is in use by another FrontDesk; only one program per computer may send through it.</source>
        <translation>WhatsApp प्रोफ़ाइल किसी दूसरे FrontDesk के उपयोग में है; एक कंप्यूटर पर केवल एक प्रोग्राम इससे भेज सकता है।</translation>
    </message>
    <message>
        <source>Cannot lock the WhatsApp profile: %1 is not writable.</source>
        <translation>WhatsApp प्रोफ़ाइल लॉक नहीं हो सकती: %1 में लिखा नहीं जा सकता।</translation>
    </message>
    <message>
        <source>The WhatsApp selector pack %1 is not usable: %2.</source>
        <translation>WhatsApp सिलेक्टर पैक %1 उपयोग लायक नहीं है: %2।</translation>
    </message>
    <message>
        <source>Cannot read the WhatsApp selector pack %1: %2.</source>
        <translation>WhatsApp सिलेक्टर पैक %1 पढ़ा नहीं जा सकता: %2।</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>अंतर्निहित</translation>
    </message>
    <message>
        <source>JSON error at offset %1: %2</source>
        <translation>ऑफ़सेट %1 पर JSON त्रुटि: %2</translation>
    </message>
    <message>
        <source>&quot;format&quot; must be &quot;frontdesk-whatsapp-selectors&quot;</source>
        <translation>&quot;format&quot; का मान &quot;frontdesk-whatsapp-selectors&quot; होना चाहिए</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be a number from 1</source>
        <translation>&quot;version&quot; 1 या उससे बड़ी संख्या होनी चाहिए</translation>
    </message>
    <message>
        <source>the landmark &quot;%1&quot; has no selectors</source>
        <translation>लैंडमार्क &quot;%1&quot; के कोई सिलेक्टर नहीं हैं</translation>
    </message>
    <message>
        <source>a selector of &quot;%1&quot; is neither a CSS text nor {&quot;css&quot;, &quot;text&quot;}</source>
        <translation>&quot;%1&quot; का एक सिलेक्टर न CSS टेक्स्ट है, न {&quot;css&quot;, &quot;text&quot;}</translation>
    </message>
    <message>
        <source>&quot;texts.invalidNumber&quot; lists no wording</source>
        <translation>&quot;texts.invalidNumber&quot; में कोई शब्द नहीं दिए गए</translation>
    </message>
    <message>
        <source>the tick &quot;%1&quot; has no level number</source>
        <translation>टिक &quot;%1&quot; का कोई स्तर अंक नहीं है</translation>
    </message>
    <message>
        <source>&quot;ticks&quot; has no icon for a sent message (level 1 or more)</source>
        <translation>&quot;ticks&quot; में भेजे गए संदेश का कोई आइकन नहीं है (स्तर 1 या अधिक)</translation>
    </message>
    <message>
        <source>each &quot;formatting&quot; entry needs &quot;css&quot; and &quot;marker&quot;</source>
        <translation>हर &quot;formatting&quot; प्रविष्टि में &quot;css&quot; और &quot;marker&quot; चाहिए</translation>
    </message>
    <message>
        <source>The WhatsApp page did not answer: it is still loading, or it shows an error page.</source>
        <translation>WhatsApp पेज ने जवाब नहीं दिया: यह अभी लोड हो रहा है या कोई त्रुटि पेज दिखा रहा है।</translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <translation>  %1: %2</translation>
    </message>
    <message>
        <source>Page state: %1</source>
        <translation>पेज की स्थिति: %1</translation>
    </message>
    <message>
        <source>Found (%1):</source>
        <translation>मिले (%1):</translation>
    </message>
    <message>
        <source>Missing: none</source>
        <translation>ग़ायब: कोई नहीं</translation>
    </message>
    <message>
        <source>MISSING (%1): %2 - the selector pack needs an update</source>
        <translation>ग़ायब (%1): %2 - सिलेक्टर पैक को अपडेट चाहिए</translation>
    </message>
    <message>
        <source>Not on this screen (%1): %2 - open a chat and check again to test the chat&apos;s parts</source>
        <translation>इस स्क्रीन पर नहीं (%1): %2 - चैट के हिस्से जाँचने के लिए कोई चैट खोलें और फिर से जाँचें</translation>
    </message>
    <message>
        <source>WhatsApp Web is loading.</source>
        <translation>WhatsApp Web लोड हो रहा है।</translation>
    </message>
    <message>
        <source>WhatsApp Web is logged out: scan the QR code with the business phone (WhatsApp &gt; Linked devices).</source>
        <translation>WhatsApp Web लॉग आउट है: बिज़नेस फ़ोन से QR कोड स्कैन करें (WhatsApp &gt; Linked devices)।</translation>
    </message>
    <message>
        <source>WhatsApp Web is loading the chats.</source>
        <translation>WhatsApp Web चैट लोड कर रहा है।</translation>
    </message>
    <message>
        <source>WhatsApp Web is ready.</source>
        <translation>WhatsApp Web तैयार है।</translation>
    </message>
    <message>
        <source>WhatsApp Web is offline: check the internet connection and the phone.</source>
        <translation>WhatsApp Web ऑफ़लाइन है: इंटरनेट कनेक्शन और फ़ोन जाँचें।</translation>
    </message>
    <message>
        <source>WhatsApp Web refuses this browser version.</source>
        <translation>WhatsApp Web इस ब्राउज़र संस्करण को स्वीकार नहीं करता।</translation>
    </message>
    <message>
        <source>WhatsApp is open in another window: choose &quot;Use here&quot; to send from this desk.</source>
        <translation>WhatsApp किसी दूसरी विंडो में खुला है: इस डेस्क से भेजने के लिए &quot;यहाँ उपयोग करें&quot; चुनें।</translation>
    </message>
    <message>
        <source>WhatsApp Web cannot be used.</source>
        <translation>WhatsApp Web का उपयोग नहीं हो सकता।</translation>
    </message>
    <message>
        <source>save how messages are sent</source>
        <translation>संदेश भेजने का तरीका सहेजना</translation>
    </message>
    <message>
        <source>opt the customers in</source>
        <translation>ग्राहकों के संदेश फिर से चालू करना</translation>
    </message>
    <message>
        <source>save the settings</source>
        <translation>सेटिंग्स सहेजना</translation>
    </message>
    <message>
        <source>ask the server&apos;s version</source>
        <translation>सर्वर का संस्करण पूछना</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>त्रुटि: %1</translation>
    </message>
    <message>
        <source>  (%1)</source>
        <translation>  (%1)</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>डेटाबेस: %1</translation>
    </message>
    <message>
        <source>Copied the database to %1 before upgrading it.</source>
        <translation>अपग्रेड से पहले डेटाबेस की प्रति %1 में रखी गई।</translation>
    </message>
    <message>
        <source>Schema version: %1 (upgraded from %2)</source>
        <translation>स्कीमा संस्करण: %1 (%2 से अपग्रेड किया गया)</translation>
    </message>
    <message>
        <source>Schema version: %1 (already up to date)</source>
        <translation>स्कीमा संस्करण: %1 (पहले से नवीनतम)</translation>
    </message>
    <message>
        <source>Database: %1 (from %2)</source>
        <translation>डेटाबेस: %1 (%2 से)</translation>
    </message>
    <message>
        <source>Reachable: no</source>
        <translation>संपर्क: नहीं</translation>
    </message>
    <message>
        <source>Reachable: yes</source>
        <translation>संपर्क: हाँ</translation>
    </message>
    <message>
        <source>Schema version: %1 (this FrontDesk: %2)</source>
        <translation>स्कीमा संस्करण: %1 (यह FrontDesk: %2)</translation>
    </message>
    <message>
        <source>Missing: nothing</source>
        <translation>नहीं मिला: कुछ नहीं</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>नहीं मिला: %1</translation>
    </message>
    <message>
        <source>error: the database was upgraded by a newer FrontDesk; install the newer FrontDesk.</source>
        <translation>त्रुटि: डेटाबेस को किसी नए FrontDesk ने अपग्रेड किया है; नया FrontDesk इंस्टॉल करें।</translation>
    </message>
    <message>
        <source>The database needs an upgrade: run &quot;frontdesk migrate&quot;.</source>
        <translation>डेटाबेस को अपग्रेड की ज़रूरत है: &quot;frontdesk migrate&quot; चलाएँ।</translation>
    </message>
    <message>
        <source>Status: ready</source>
        <translation>स्थिति: तैयार</translation>
    </message>
    <message>
        <source>--pace-ms takes MIN or MIN,MAX in milliseconds (0 or more, MAX not below MIN), not &quot;%1&quot;.</source>
        <translation>--pace-ms में मिलीसेकंड में MIN या MIN,MAX दें (0 या अधिक, MAX, MIN से कम नहीं), &quot;%1&quot; नहीं।</translation>
    </message>
    <message>
        <source>--whatsapp-url needs an http(s) address such as https://web.whatsapp.com/, not &quot;%1&quot;.</source>
        <translation>--whatsapp-url में https://web.whatsapp.com/ जैसा http(s) पता दें, &quot;%1&quot; नहीं।</translation>
    </message>
    <message>
        <source>WhatsApp Web needs a login: on the business phone open WhatsApp &gt; Linked devices &gt; Link a device and scan this code.</source>
        <translation>WhatsApp Web में लॉगिन ज़रूरी है: बिज़नेस फ़ोन पर WhatsApp &gt; Linked devices &gt; Link a device खोलें और यह कोड स्कैन करें।</translation>
    </message>
    <message>
        <source>The same code as an image: %1</source>
        <translation>यही कोड चित्र के रूप में: %1</translation>
    </message>
    <message>
        <source>Waiting for the scan ...</source>
        <translation>स्कैन की प्रतीक्षा ...</translation>
    </message>
    <message>
        <source>dispatch: send what is due now, then exit (else run until stopped).</source>
        <translation>dispatch: अभी भेजने लायक संदेश भेजकर बाहर निकलें (नहीं तो रोके जाने तक चलता रहता है)।</translation>
    </message>
    <message>
        <source>dispatch: the gap between messages for this run, in milliseconds (MIN or MIN,MAX).</source>
        <translation>dispatch: इस बार संदेशों के बीच का अंतर, मिलीसेकंड में (MIN या MIN,MAX)।</translation>
    </message>
    <message>
        <source>dispatch: WhatsApp Web&apos;s address (default https://web.whatsapp.com/).</source>
        <translation>dispatch: WhatsApp Web का पता (डिफ़ॉल्ट https://web.whatsapp.com/)।</translation>
    </message>
    <message>
        <source>dispatch --once: give up when WhatsApp Web is not ready after this many seconds (default 60).</source>
        <translation>dispatch --once: इतने सेकंड बाद भी WhatsApp Web तैयार न हो तो छोड़ दें (डिफ़ॉल्ट 60)।</translation>
    </message>
    <message>
        <source>error: --ready-timeout takes a number of seconds from 1, not &quot;%1&quot;.</source>
        <translation>त्रुटि: --ready-timeout में 1 या अधिक सेकंड की संख्या दें, &quot;%1&quot; नहीं।</translation>
    </message>
    <message>
        <source>error: dispatch needs the graphical application object</source>
        <translation>त्रुटि: dispatch को ग्राफ़िकल एप्लिकेशन ऑब्जेक्ट चाहिए</translation>
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
        <translation>स्टेशन %1, %2 से भेजता है</translation>
    </message>
    <message>
        <source>the database schema is version %1; run &quot;frontdesk migrate&quot; first</source>
        <translation>डेटाबेस स्कीमा संस्करण %1 पर है; पहले &quot;frontdesk migrate&quot; चलाएँ</translation>
    </message>
    <message>
        <source>check: test the WhatsApp Web page (which landmarks FrontDesk finds) instead of the database.</source>
        <translation>check: डेटाबेस की जगह WhatsApp Web पेज जाँचें (FrontDesk को कौन-से लैंडमार्क मिलते हैं)।</translation>
    </message>
    <message>
        <source>WhatsApp Web: %1</source>
        <translation>WhatsApp Web: %1</translation>
    </message>
    <message>
        <source>Selector pack: %1, version %2</source>
        <translation>सिलेक्टर पैक: %1, संस्करण %2</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>स्थिति: %1</translation>
    </message>
    <message>
        <source>desk settings</source>
        <translation>डेस्क सेटिंग्स</translation>
    </message>
    <message>
        <source>default</source>
        <translation>डिफ़ॉल्ट</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (%2 से)</translation>
    </message>
    <message>
        <source>FrontDesk</source>
        <translation>FrontDesk</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>यूज़र</translation>
    </message>
    <message>
        <source>Engineers</source>
        <translation>इंजीनियर</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — needs an upgrade to schema %2: ask your administrator to run &quot;frontdesk migrate&quot;</source>
        <translation>%1 — स्कीमा %2 में अपग्रेड ज़रूरी है: अपने व्यवस्थापक से &quot;frontdesk migrate&quot; चलाने को कहें</translation>
    </message>
    <message>
        <source>%1 — schema %2</source>
        <translation>%1 — स्कीमा %2</translation>
    </message>
    <message>
        <source>Database URL: sqlite:PATH or postgresql://user@host:port/database (also FRONTDESK_DATABASE_URL).</source>
        <translation>डेटाबेस URL: sqlite:PATH या postgresql://user@host:port/database (FRONTDESK_DATABASE_URL से भी)।</translation>
    </message>
    <message>
        <source>migrate: upgrade the database schema; check: test the database; dispatch: send the queued WhatsApp messages.</source>
        <translation>migrate: डेटाबेस स्कीमा अपग्रेड करें; check: डेटाबेस जाँचें; dispatch: कतार में रखे WhatsApp संदेश भेजें।</translation>
    </message>
    <message>
        <source>error: unknown command &quot;%1&quot; (commands: %2)</source>
        <translation>त्रुटि: अज्ञात कमांड &quot;%1&quot; (कमांड: %2)</translation>
    </message>
    <message>
        <source>FrontDesk is already running: brought its window to the front.</source>
        <translation>FrontDesk पहले से चल रहा है: उसकी विंडो सामने लाई गई।</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>चेतावनी: %1</translation>
    </message>
    <message>
        <source>check who may upgrade the database</source>
        <translation>यह जाँचना कि डेटाबेस कौन अपग्रेड कर सकता है</translation>
    </message>
    <message>
        <source>There is no schema version %1: this FrontDesk knows versions up to %2.</source>
        <translation>स्कीमा संस्करण %1 नहीं है: यह FrontDesk संस्करण %2 तक ही जानता है।</translation>
    </message>
    <message>
        <source>The database is at schema version %1 already; FrontDesk does not take a schema back to %2 (restore the copy made before the upgrade instead).</source>
        <translation>डेटाबेस पहले से स्कीमा संस्करण %1 पर है; FrontDesk स्कीमा को %2 पर वापस नहीं ले जाता (इसके बजाय अपग्रेड से पहले बनी प्रति वापस लगाएँ)।</translation>
    </message>
    <message>
        <source>--to wants a schema version number, not &quot;%1&quot;.</source>
        <translation>--to में स्कीमा संस्करण संख्या दें, &quot;%1&quot; नहीं।</translation>
    </message>
    <message>
        <source>This FrontDesk needs schema version %1: run &quot;frontdesk migrate&quot; without --to to finish.</source>
        <translation>इस FrontDesk को स्कीमा संस्करण %1 चाहिए: पूरा करने के लिए --to के बिना &quot;frontdesk migrate&quot; चलाएँ।</translation>
    </message>
    <message>
        <source>the token file %1 does not exist</source>
        <translation>टोकन फ़ाइल %1 मौजूद नहीं है</translation>
    </message>
    <message>
        <source>the token file %1 can be read by other users; make it yours alone (chmod 600 %1)</source>
        <translation>टोकन फ़ाइल %1 दूसरे यूज़र भी पढ़ सकते हैं; इसे केवल अपने लिए रखें (chmod 600 %1)</translation>
    </message>
    <message>
        <source>cannot read the token file %1: %2</source>
        <translation>टोकन फ़ाइल %1 पढ़ी नहीं जा सकती: %2</translation>
    </message>
    <message>
        <source>the token file %1 must hold the access token alone, on one line</source>
        <translation>टोकन फ़ाइल %1 में केवल एक्सेस टोकन होना चाहिए, एक ही पंक्ति में</translation>
    </message>
    <message>
        <source>dispatch: send through whatsapp-web or cloud-api for this run (default: the transport the admin chose).</source>
        <translation>dispatch: इस बार whatsapp-web या cloud-api से भेजें (डिफ़ॉल्ट: व्यवस्थापक का चुना हुआ माध्यम)।</translation>
    </message>
    <message>
        <source>dispatch with cloud-api: read the access token from this file (owner-only) instead of the keychain.</source>
        <translation>cloud-api के साथ dispatch: कीचेन की जगह इस फ़ाइल (केवल मालिक के लिए) से एक्सेस टोकन पढ़ें।</translation>
    </message>
    <message>
        <source>the Cloud API is chosen but has no phone-number id yet: an admin sets it in the desk under Desk &gt; How messages are sent</source>
        <translation>Cloud API चुना गया है पर अभी उसका फ़ोन नंबर id नहीं है: व्यवस्थापक इसे डेस्क में डेस्क &gt; संदेश कैसे भेजे जाएँ में सेट करता है</translation>
    </message>
    <message>
        <source>Station %1 sends through the WhatsApp Cloud API (number %2 at %3)</source>
        <translation>स्टेशन %1 WhatsApp Cloud API से भेजता है (नंबर %2, %3 पर)</translation>
    </message>
    <message>
        <source>the Cloud API access token could not be read: %1 Pass it with --token-file instead.</source>
        <translation>Cloud API एक्सेस टोकन पढ़ा नहीं जा सका: %1 इसके बजाय इसे --token-file से दें।</translation>
    </message>
    <message>
        <source>the keychain has no Cloud API access token (%1): an admin stores it in the desk under Desk &gt; How messages are sent, or pass --token-file</source>
        <translation>कीचेन में Cloud API एक्सेस टोकन नहीं है (%1): व्यवस्थापक इसे डेस्क में डेस्क &gt; संदेश कैसे भेजे जाएँ में सहेजता है, या --token-file दें</translation>
    </message>
    <message>
        <source>error: the sender is not ready, so nothing was sent and the messages wait: %1</source>
        <translation>त्रुटि: भेजने वाला तैयार नहीं है, इसलिए कुछ नहीं भेजा गया और संदेश प्रतीक्षा में हैं: %1</translation>
    </message>
    <message>
        <source>error: --transport takes one of %1, not &quot;%2&quot;.</source>
        <translation>त्रुटि: --transport में %1 में से कोई एक दें, &quot;%2&quot; नहीं।</translation>
    </message>
    <message>
        <source>migrate: stop at this schema version (default: the latest).</source>
        <translation>migrate: इस स्कीमा संस्करण पर रुकें (डिफ़ॉल्ट: नवीनतम)।</translation>
    </message>
    <message>
        <source>unknown transport &quot;%1&quot; (choose one of: %2)</source>
        <translation>अज्ञात माध्यम &quot;%1&quot; (इनमें से चुनें: %2)</translation>
    </message>
    <message>
        <source>This FrontDesk ships two schema upgrades numbered %1 (%2, %3), so it changes nothing; report it to whoever built it.</source>
        <translation>इस FrontDesk में %1 क्रमांक वाले दो स्कीमा अपग्रेड हैं (%2, %3), इसलिए यह कुछ नहीं बदलता; इसे बनाने वाले को बताएँ।</translation>
    </message>
    <message>
        <source>Upgrade: this login may not alter %1; run &quot;frontdesk migrate&quot; with the login that owns them.</source>
        <translation>अपग्रेड: यह लॉगिन %1 को बदल नहीं सकता; जिस लॉगिन के वे हैं, उससे &quot;frontdesk migrate&quot; चलाएँ।</translation>
    </message>
    <message>
        <source>may have been sent: check the chat before retrying</source>
        <translation>शायद भेजा जा चुका है: दोबारा भेजने से पहले चैट देखें</translation>
    </message>
    <message>
        <source>the request reached the WhatsApp Cloud API but its answer was lost: %1</source>
        <translation>अनुरोध WhatsApp Cloud API तक पहुँचा, पर उसका जवाब खो गया: %1</translation>
    </message>
    <message>
        <source>a gateway on the way to the WhatsApp Cloud API lost its answer (HTTP %1)</source>
        <translation>WhatsApp Cloud API तक के रास्ते में किसी गेटवे पर जवाब खो गया (HTTP %1)</translation>
    </message>
    <message>
        <source>taken over from station %1 after its claim lapsed; checking the chat before sending</source>
        <translation>स्टेशन %1 का दावा खत्म होने के बाद उससे लिया गया; भेजने से पहले चैट जाँची जा रही है</translation>
    </message>
    <message>
        <source>read this station&apos;s latest sends</source>
        <translation>इस स्टेशन से हाल में भेजे गए संदेश पढ़ना</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>WhatsApp Web has changed: sending paused</source>
        <translation>WhatsApp Web बदल गया है: भेजना रोका गया</translation>
    </message>
    <message>
        <source>messages are not confirmed: sending paused</source>
        <translation>संदेशों की पुष्टि नहीं हो रही: भेजना रोका गया</translation>
    </message>
    <message>
        <source>two sends in a row were not confirmed; the last: %1</source>
        <translation>लगातार दो बार भेजने की पुष्टि नहीं हुई; आख़िरी: %1</translation>
    </message>
    <message>
        <source>pause sending on this station</source>
        <translation>इस स्टेशन पर भेजना रोकना</translation>
    </message>
    <message>
        <source>The pause of station %1 was not recorded.</source>
        <translation>स्टेशन %1 पर भेजना रोकना दर्ज नहीं हुआ।</translation>
    </message>
    <message>
        <source>read whether sending is paused</source>
        <translation>पढ़ना कि भेजना रुका है या नहीं</translation>
    </message>
    <message>
        <source>read where sending is paused</source>
        <translation>पढ़ना कि कहाँ भेजना रुका है</translation>
    </message>
    <message>
        <source>Only an administrator may resume sending.</source>
        <translation>केवल व्यवस्थापक ही भेजना फिर शुरू कर सकता है।</translation>
    </message>
    <message>
        <source>resume sending</source>
        <translation>भेजना फिर शुरू करना</translation>
    </message>
    <message>
        <source>dispatch: resume sending on this station after it paused because WhatsApp Web changed (administrators; on PostgreSQL an administrator&apos;s login), then exit.</source>
        <translation>dispatch: WhatsApp Web बदलने के कारण रुके इस स्टेशन पर भेजना फिर शुरू करें (व्यवस्थापक; PostgreSQL पर व्यवस्थापक का लॉगिन), फिर बाहर निकलें।</translation>
    </message>
    <message>
        <source>error: sending paused on station %1: %2. No message is sent from this station until an administrator resumes it, after updating the selector pack: &quot;frontdesk dispatch --resume&quot; or &quot;Resume sending&quot; on the desk&apos;s WhatsApp tab.</source>
        <translation>त्रुटि: स्टेशन %1 पर भेजना रोका गया: %2। जब तक कोई व्यवस्थापक सिलेक्टर पैक अपडेट करके इसे फिर शुरू नहीं करता, इस स्टेशन से कोई संदेश नहीं जाएगा: &quot;frontdesk dispatch --resume&quot; या डेस्क के WhatsApp टैब पर &quot;भेजना फिर शुरू करें&quot;।</translation>
    </message>
    <message>
        <source>Station %1 was not paused.</source>
        <translation>स्टेशन %1 पर भेजना रुका हुआ नहीं था।</translation>
    </message>
    <message>
        <source>Sending resumed on station %1.</source>
        <translation>स्टेशन %1 पर भेजना फिर शुरू हुआ।</translation>
    </message>
    <message>
        <source>FrontDesk: the reception desk, with WhatsApp messages to customers.
Without a command it opens the desk&apos;s window.
Exit codes: 0 done, 1 anything else (bad arguments, schema behind), 2 dispatch: the sender is not ready, 3 database error, 4 dispatch: sending paused because WhatsApp Web has changed (an administrator resumes with dispatch --resume).</source>
        <translation>FrontDesk: रिसेप्शन डेस्क, ग्राहकों को WhatsApp संदेशों के साथ।
कमांड के बिना यह डेस्क की विंडो खोलता है।
निकास कोड: 0 पूरा हुआ, 1 बाकी सब (गलत आर्गुमेंट, स्कीमा पुराना), 2 dispatch: भेजने वाला तैयार नहीं, 3 डेटाबेस त्रुटि, 4 dispatch: WhatsApp Web बदलने के कारण भेजना रोका गया (व्यवस्थापक dispatch --resume से फिर शुरू करता है)।</translation>
    </message>
    <message>
        <source>frontdesk dispatch: a second stop signal: stopped at once
</source>
        <translation>frontdesk dispatch: रोकने का दूसरा संकेत: तुरंत रोक दिया गया
</translation>
    </message>
    <message>
        <source>error: frontdesk dispatch did not end within %1 s of the stop signal and was ended; the next start checks the message in flight in its chat
</source>
        <translation>त्रुटि: frontdesk dispatch रोकने के संकेत के %1 सेकंड के भीतर बंद नहीं हुआ, इसलिए उसे बंद कर दिया गया; अगली बार शुरू होने पर भेजे जा रहे संदेश को उसकी चैट में जाँचा जाएगा
</translation>
    </message>
    <message>
        <source>Stopping: the message being sent gets at most %1 s ...</source>
        <translation>रोका जा रहा है: भेजे जा रहे संदेश को अधिकतम %1 सेकंड मिलेंगे ...</translation>
    </message>
    <message>
        <source>error: the message in flight was not recorded within %1 s of the stop; ending now: the next start checks it in its chat</source>
        <translation>त्रुटि: भेजे जा रहे संदेश का परिणाम रोकने के %1 सेकंड के भीतर दर्ज नहीं हुआ; अब बंद किया जा रहा है: अगली बार शुरू होने पर उसे उसकी चैट में जाँचा जाएगा</translation>
    </message>
    <message>
        <source>the landmark &quot;%1&quot; has no selectors (a version 1 pack: start again from the built-in version 2 and redo the changes)</source>
        <translation>लैंडमार्क &quot;%1&quot; के कोई सिलेक्टर नहीं हैं (संस्करण 1 का पैक: अंतर्निहित संस्करण 2 से फिर शुरू करें और बदलाव दोबारा करें)</translation>
    </message>
    <message>
        <source>the landmark &quot;%1&quot; is not a list of selectors</source>
        <translation>लैंडमार्क &quot;%1&quot; सिलेक्टरों की सूची नहीं है</translation>
    </message>
    <message>
        <source>&quot;tickLabels&quot; must be a list</source>
        <translation>&quot;tickLabels&quot; एक सूची होनी चाहिए</translation>
    </message>
    <message>
        <source>each &quot;tickLabels&quot; entry needs &quot;icon&quot;, &quot;label&quot; and a &quot;level&quot; number</source>
        <translation>हर &quot;tickLabels&quot; प्रविष्टि में &quot;icon&quot;, &quot;label&quot; और एक &quot;level&quot; संख्या चाहिए</translation>
    </message>
    <message>
        <source>MISSING IN THE OPEN CHAT (%1): %2 - sending cannot see its own messages; the selector pack needs an update</source>
        <translation>खुली चैट में ग़ायब (%1): %2 - भेजते समय अपने संदेश नहीं दिखते; सिलेक्टर पैक को अपडेट चाहिए</translation>
    </message>
    <message>
        <source>INVALID IN THIS BROWSER (%1): these selectors never match here</source>
        <translation>इस ब्राउज़र में अमान्य (%1): ये सिलेक्टर यहाँ कभी मेल नहीं खाते</translation>
    </message>
    <message>
        <source>  %1: %2 (%3)</source>
        <translation>  %1: %2 (%3)</translation>
    </message>
    <message>
        <source>%1 is too long: %2 characters, at most %3.</source>
        <translation>%1 बहुत लंबा है: %2 अक्षर, अधिकतम %3।</translation>
    </message>
    <message>
        <source>The customer&apos;s name</source>
        <translation>ग्राहक का नाम</translation>
    </message>
    <message>
        <source>The product or subject</source>
        <translation>उत्पाद या विषय</translation>
    </message>
    <message>
        <source>The type of service</source>
        <translation>सर्विस का प्रकार</translation>
    </message>
    <message>
        <source>%1 is already assigned to %2. Choose another engineer to re-assign it.</source>
        <translation>%1 पहले से %2 को सौंपा गया है। दोबारा सौंपने के लिए कोई दूसरा इंजीनियर चुनें।</translation>
    </message>
    <message>
        <source>The item</source>
        <translation>सामान</translation>
    </message>
    <message>
        <source>The reference</source>
        <translation>रेफ़रेंस</translation>
    </message>
    <message>
        <source>%1 is already set to be re-attempted on %2. Choose another date to reschedule it.</source>
        <translation>%1 की दोबारा डिलीवरी पहले से %2 को तय है। नई तारीख के लिए कोई दूसरी तारीख चुनें।</translation>
    </message>
    <message>
        <source>its record no longer exists, so it cannot be filled in again</source>
        <translation>इसका रिकॉर्ड अब मौजूद नहीं है, इसलिए इसे दोबारा भरा नहीं जा सकता</translation>
    </message>
    <message>
        <source>it names no record of FrontDesk&apos;s, so it cannot be filled in</source>
        <translation>यह FrontDesk के किसी रिकॉर्ड का नहीं है, इसलिए इसे भरा नहीं जा सकता</translation>
    </message>
    <message>
        <source>the service request has moved on since (it is no longer waiting for this engineer)</source>
        <translation>सर्विस अनुरोध तब से आगे बढ़ चुका है (अब यह इस इंजीनियर की प्रतीक्षा में नहीं है)</translation>
    </message>
    <message>
        <source>another engineer was assigned since</source>
        <translation>तब से कोई दूसरा इंजीनियर सौंपा जा चुका है</translation>
    </message>
    <message>
        <source>the service request is no longer completed</source>
        <translation>सर्विस अनुरोध अब पूरा नहीं है</translation>
    </message>
    <message>
        <source>the delivery&apos;s status has changed since</source>
        <translation>डिलीवरी की स्थिति तब से बदल चुकी है</translation>
    </message>
    <message>
        <source>the delivery was rescheduled or its status changed since</source>
        <translation>तब से डिलीवरी की तारीख या स्थिति बदल चुकी है</translation>
    </message>
    <message>
        <source>the company name is not set in Settings</source>
        <translation>सेटिंग्स में कंपनी का नाम सेट नहीं है</translation>
    </message>
    <message>
        <source>the company phone is not set in Settings</source>
        <translation>सेटिंग्स में कंपनी का फ़ोन सेट नहीं है</translation>
    </message>
    <message>
        <source>the tracking link is not set in Settings</source>
        <translation>सेटिंग्स में ट्रैकिंग लिंक सेट नहीं है</translation>
    </message>
    <message>
        <source>the tracking link in Settings is not usable</source>
        <translation>सेटिंग्स का ट्रैकिंग लिंक इस्तेमाल करने लायक नहीं है</translation>
    </message>
    <message>
        <source>the feedback link is not set in Settings</source>
        <translation>सेटिंग्स में फ़ीडबैक लिंक सेट नहीं है</translation>
    </message>
    <message>
        <source>the feedback link in Settings is not usable</source>
        <translation>सेटिंग्स का फ़ीडबैक लिंक इस्तेमाल करने लायक नहीं है</translation>
    </message>
    <message>
        <source>start the check before sending</source>
        <translation>भेजने से पहले की जाँच शुरू करना</translation>
    </message>
    <message>
        <source>the check before sending failed: sending paused</source>
        <translation>भेजने से पहले की जाँच विफल रही: भेजना रोका गया</translation>
    </message>
    <message>
        <source>read the messages waiting for ticks</source>
        <translation>टिक का इंतज़ार कर रहे संदेश पढ़ना</translation>
    </message>
    <message>
        <source>read what the desk already saved</source>
        <translation>डेस्क पर पहले सहेजा गया पढ़ना</translation>
    </message>
    <message>
        <source>save the desk&apos;s action</source>
        <translation>डेस्क का काम सहेजना</translation>
    </message>
    <message>
        <source>read the message&apos;s state</source>
        <translation>संदेश की स्थिति पढ़ना</translation>
    </message>
    <message>
        <source>This form was already used for something else. Start again.</source>
        <translation>यह फ़ॉर्म पहले किसी और काम में लग चुका है। फिर से शुरू करें।</translation>
    </message>
    <message>
        <source>Could not read what the desk already saved.</source>
        <translation>डेस्क पर पहले सहेजा गया पढ़ा नहीं जा सका।</translation>
    </message>
    <message>
        <source>Could not read what the desk saved.</source>
        <translation>डेस्क पर सहेजा गया पढ़ा नहीं जा सका।</translation>
    </message>
    <message>
        <source>read whether this login may send messages</source>
        <translation>यह पढ़ना कि यह लॉगिन संदेश भेज सकता है या नहीं</translation>
    </message>
    <message>
        <source>This login may not send messages: ask IT or an admin to grant it the sender role</source>
        <translation>यह लॉगिन संदेश नहीं भेज सकता: IT या किसी व्यवस्थापक से इसे sender भूमिका देने को कहें</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>संदर्भ</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>रिकॉर्ड</translation>
    </message>
    <message>
        <source>Enquiry</source>
        <translation>पूछताछ</translation>
    </message>
    <message>
        <source>Service request</source>
        <translation>सेवा अनुरोध</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>डिलीवरी</translation>
    </message>
    <message>
        <source>On a one-desk database the desk itself sends: there is no sender role.</source>
        <translation>एक-डेस्क डेटाबेस पर डेस्क स्वयं भेजता है: कोई प्रेषक भूमिका नहीं है।</translation>
    </message>
    <message>
        <source>let &quot;%1&quot; send messages</source>
        <translation>&quot;%1&quot; को संदेश भेजने दें</translation>
    </message>
    <message>
        <source>stop &quot;%1&quot; sending messages</source>
        <translation>&quot;%1&quot; का संदेश भेजना रोकें</translation>
    </message>
    <message>
        <source>Administrators may always send messages.</source>
        <translation>व्यवस्थापक हमेशा संदेश भेज सकते हैं।</translation>
    </message>
    <message>
        <source>a staff number is never messaged</source>
        <translation>कर्मचारी के नंबर पर कभी संदेश नहीं भेजा जाता</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>This engineer is no longer in the list.</source>
        <translation>यह इंजीनियर अब सूची में नहीं है।</translation>
    </message>
    <message>
        <source>A name has at most %1 characters.</source>
        <translation>नाम में अधिकतम %1 अक्षर हो सकते हैं।</translation>
    </message>
    <message>
        <source>rename the engineer</source>
        <translation>इंजीनियर का नाम बदलना</translation>
    </message>
    <message>
        <source>bring the engineer back</source>
        <translation>इंजीनियर को वापस लाना</translation>
    </message>
    <message>
        <source>retire the engineer</source>
        <translation>इंजीनियर को सेवानिवृत्त करना</translation>
    </message>
    <message>
        <source>This field cannot be corrected.</source>
        <translation>इस फ़ील्ड को सुधारा नहीं जा सकता।</translation>
    </message>
    <message>
        <source>read the record</source>
        <translation>रिकॉर्ड पढ़ना</translation>
    </message>
    <message>
        <source>This record is no longer there.</source>
        <translation>यह रिकॉर्ड अब मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>read the record&apos;s corrections</source>
        <translation>रिकॉर्ड के सुधार पढ़ना</translation>
    </message>
    <message>
        <source>The customer&apos;s name cannot be empty.</source>
        <translation>ग्राहक का नाम खाली नहीं हो सकता।</translation>
    </message>
    <message>
        <source>A field has at most %1 characters.</source>
        <translation>किसी फ़ील्ड में अधिकतम %1 अक्षर हो सकते हैं।</translation>
    </message>
    <message>
        <source>correct the record</source>
        <translation>रिकॉर्ड सुधारना</translation>
    </message>
    <message>
        <source>WhatsApp refuses this account&apos;s messages: sending paused</source>
        <translation>WhatsApp इस खाते के संदेश अस्वीकार कर रहा है: भेजना रोका गया</translation>
    </message>
    <message>
        <source>%1 in a row were marked failed; the last: %2</source>
        <translation>लगातार %1 संदेश विफल चिह्नित हुए; आख़िरी: %2</translation>
    </message>
    <message>
        <source>many numbers are not on WhatsApp: check the list; sending paused</source>
        <translation>कई नंबर WhatsApp पर नहीं हैं: सूची जाँचें; भेजना रोका गया</translation>
    </message>
    <message>
        <source>%1 of the latest %2 numbers; the last: %3</source>
        <translation>पिछले %2 नंबरों में से %1; आख़िरी: %3</translation>
    </message>
    <message>
        <source>WhatsApp warned about this account: sending paused</source>
        <translation>WhatsApp ने इस खाते के बारे में चेतावनी दी: भेजना रोका गया</translation>
    </message>
    <message>
        <source>Engine: %1</source>
        <translation>इंजन: %1</translation>
    </message>
    <message>
        <source>dispatch, check --whatsapp: drive WhatsApp Web with auto (WA-JS when it works on the page, else the DOM driver), wa-js or dom (default: this desk&apos;s setting, else auto).</source>
        <translation>dispatch, check --whatsapp: WhatsApp Web को auto (पेज पर चले तो WA-JS, नहीं तो DOM ड्राइवर), wa-js या dom से चलाएँ (डिफ़ॉल्ट: इस डेस्क की सेटिंग, नहीं तो auto)।</translation>
    </message>
    <message>
        <source>--engine takes auto, wa-js or dom, not &quot;%1&quot;.</source>
        <translation>--engine में auto, wa-js या dom दें, &quot;%1&quot; नहीं।</translation>
    </message>
    <message>
        <source>read when this station was last resumed</source>
        <translation>यह स्टेशन पिछली बार कब फिर शुरू हुआ, यह पढ़ना</translation>
    </message>
    <message>
        <source>read the latest pause of sending</source>
        <translation>भेजने का पिछला विराम पढ़ना</translation>
    </message>
    <message>
        <source>%1 (line %2)</source>
        <translation>%1 (पंक्ति %2)</translation>
    </message>
    <message>
        <source>The WA-JS file %1 does not exist.</source>
        <translation>WA-JS फ़ाइल %1 मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>%1 is not a WA-JS file (it has %2 bytes).</source>
        <translation>%1 WA-JS फ़ाइल नहीं है (इसमें %2 बाइट हैं)।</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 पढ़ी नहीं जा सकती: %2</translation>
    </message>
    <message>
        <source>%1 is not a WA-JS file (wppconnect-wa.js): it never names WPP.</source>
        <translation>%1 WA-JS फ़ाइल (wppconnect-wa.js) नहीं है: इसमें WPP का नाम कहीं नहीं है।</translation>
    </message>
    <message>
        <source>The page sees: user agent Chrome %1, client hints %2</source>
        <translation>पेज को दिखता है: user agent Chrome %1, client hints %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>कोई नहीं</translation>
    </message>
    <message>
        <source>Another FrontDesk has been upgrading this database for minutes (it holds %1). Let it finish; if no FrontDesk uses the file, delete %1 and start again.</source>
        <translation>एक और FrontDesk कई मिनट से इस डेटाबेस को अपग्रेड कर रहा है (उसके पास %1 है)। उसे पूरा होने दें; अगर कोई FrontDesk इस फ़ाइल का उपयोग नहीं कर रहा, तो %1 हटाकर फिर से शुरू करें।</translation>
    </message>
    <message>
        <source>FrontDesk cannot write %1 next to the database to upgrade it.</source>
        <translation>FrontDesk डेटाबेस को अपग्रेड करने के लिए उसके पास %1 नहीं लिख सकता।</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>ठीक है</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>सहेजें</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>हाँ(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>नहीं(&amp;N)</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>लागू करें</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>छोड़ें</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>फिर से प्रयास करें</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>सहायता</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>आगे(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; पीछे(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>समाप्त(&amp;F)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
</context>
<context>
    <name>StatusTexts</name>
    <message>
        <source>Pending</source>
        <translation>लंबित</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>डिलीवर हो गई</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>विफल</translation>
    </message>
    <message>
        <source>Re-attempt</source>
        <translation>दोबारा प्रयास</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>खुला</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>सौंपा गया</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>पूरा हुआ</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>रद्द</translation>
    </message>
</context>
<context>
    <name>fd</name>
    <message>
        <source>Priya Sharma</source>
        <translation>प्रिया शर्मा</translation>
    </message>
    <message>
        <source>Your Company</source>
        <translation>आपकी कंपनी</translation>
    </message>
    <message>
        <source>Laser printer</source>
        <translation>लेज़र प्रिंटर</translation>
    </message>
    <message>
        <source>Printer repair</source>
        <translation>प्रिंटर मरम्मत</translation>
    </message>
    <message>
        <source>(set the tracking link in Settings)</source>
        <translation>(ट्रैकिंग लिंक सेटिंग्स में सेट करें)</translation>
    </message>
    <message>
        <source>Karthik</source>
        <translation>कार्तिक</translation>
    </message>
    <message>
        <source>(set the feedback link in Settings)</source>
        <translation>(फ़ीडबैक लिंक सेटिंग्स में सेट करें)</translation>
    </message>
    <message>
        <source>Canon LBP2900 printer</source>
        <translation>Canon LBP2900 प्रिंटर</translation>
    </message>
</context>
<context>
    <name>fd::AdminListPage</name>
    <message>
        <source>&amp;Mobile:</source>
        <translation>मोबाइल(&amp;M):</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
</context>
<context>
    <name>fd::CloudApiDialog</name>
    <message>
        <source>How messages are sent</source>
        <translation>संदेश कैसे भेजे जाएँ</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>माध्यम</translation>
    </message>
    <message>
        <source>WhatsApp Web in this desk (no fees)</source>
        <translation>इसी डेस्क में WhatsApp Web (कोई शुल्क नहीं)</translation>
    </message>
    <message>
        <source>WhatsApp Business Cloud API (approved templates)</source>
        <translation>WhatsApp Business Cloud API (स्वीकृत टेम्पलेट)</translation>
    </message>
    <message>
        <source>Phone number id</source>
        <translation>फ़ोन नंबर id</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>API संस्करण</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>API पता</translation>
    </message>
    <message>
        <source>Template parameters</source>
        <translation>टेम्पलेट पैरामीटर</translation>
    </message>
    <message>
        <source>In order ({{1}}, {{2}}, ...)</source>
        <translation>क्रम से ({{1}}, {{2}}, ...)</translation>
    </message>
    <message>
        <source>By name ({{customer_name}}, ...)</source>
        <translation>नाम से ({{customer_name}}, ...)</translation>
    </message>
    <message>
        <source>New access token</source>
        <translation>नया एक्सेस टोकन</translation>
    </message>
    <message>
        <source>leave empty to keep the token in the keychain</source>
        <translation>कीचेन में रखा टोकन रखने के लिए खाली छोड़ें</translation>
    </message>
    <message>
        <source>Sen&amp;d through:</source>
        <translation>इससे भेजें(&amp;D):</translation>
    </message>
    <message>
        <source>Phone number &amp;id:</source>
        <translation>फ़ोन नंबर id(&amp;I):</translation>
    </message>
    <message>
        <source>API &amp;version:</source>
        <translation>API संस्करण(&amp;V):</translation>
    </message>
    <message>
        <source>API &amp;address:</source>
        <translation>API पता(&amp;A):</translation>
    </message>
    <message>
        <source>Template &amp;parameters:</source>
        <translation>टेम्पलेट पैरामीटर(&amp;P):</translation>
    </message>
    <message>
        <source>New access &amp;token:</source>
        <translation>नया एक्सेस टोकन(&amp;T):</translation>
    </message>
    <message>
        <source>Each event is sent as its approved template, named frontdesk_&lt;event&gt; (for example frontdesk_service_created). The token is kept only in this computer&apos;s keychain.</source>
        <translation>हर घटना उसके स्वीकृत टेम्पलेट के रूप में भेजी जाती है, जिसका नाम frontdesk_&lt;event&gt; होता है (जैसे frontdesk_service_created)। टोकन केवल इस कंप्यूटर के कीचेन में रखा जाता है।</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>सहेजें(&amp;S)</translation>
    </message>
    <message>
        <source>Reading the settings…</source>
        <translation>सेटिंग्स पढ़ी जा रही हैं…</translation>
    </message>
    <message>
        <source>The phone number id is the number Meta shows for the sending number (digits only).</source>
        <translation>फ़ोन नंबर id वह संख्या है जो Meta भेजने वाले नंबर के लिए दिखाता है (केवल अंक)।</translation>
    </message>
    <message>
        <source>The API version looks like v21.0.</source>
        <translation>API संस्करण v21.0 जैसा दिखता है।</translation>
    </message>
    <message>
        <source>The API address must be an https:// address, such as https://graph.facebook.com.</source>
        <translation>API पता https:// वाला होना चाहिए, जैसे https://graph.facebook.com।</translation>
    </message>
    <message>
        <source>Saved: messages go through the Cloud API from the next start of a sending desk.</source>
        <translation>सहेजा गया: भेजने वाले डेस्क के अगली बार शुरू होने से संदेश Cloud API से जाएँगे।</translation>
    </message>
    <message>
        <source>Saved: messages go through WhatsApp Web from the next start of a sending desk.</source>
        <translation>सहेजा गया: भेजने वाले डेस्क के अगली बार शुरू होने से संदेश WhatsApp Web से जाएँगे।</translation>
    </message>
</context>
<context>
    <name>fd::CloudApiSender</name>
    <message>
        <source>The WhatsApp Cloud API has no phone number id: an administrator sets it in the settings.</source>
        <translation>WhatsApp Cloud API का कोई फ़ोन नंबर id नहीं है: व्यवस्थापक इसे सेटिंग्स में सेट करता है।</translation>
    </message>
    <message>
        <source>The WhatsApp Cloud API address in the settings is not a valid URL.</source>
        <translation>सेटिंग्स में दिया गया WhatsApp Cloud API पता सही URL नहीं है।</translation>
    </message>
    <message>
        <source>The WhatsApp Cloud API access token is not in the keychain: an administrator enters it in the settings.</source>
        <translation>WhatsApp Cloud API एक्सेस टोकन कीचेन में नहीं है: व्यवस्थापक इसे सेटिंग्स में डालता है।</translation>
    </message>
    <message>
        <source>WhatsApp&apos;s sending rate limit was reached: sending resumes in %1 s.</source>
        <translation>WhatsApp की भेजने की दर-सीमा पूरी हो गई: %1 सेकंड में भेजना फिर शुरू होगा।</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>%1 सेकंड में कोई जवाब नहीं</translation>
    </message>
</context>
<context>
    <name>fd::DatabaseWorker</name>
    <message>
        <source>The database is reachable again.</source>
        <translation>डेटाबेस से फिर संपर्क हो गया है।</translation>
    </message>
</context>
<context>
    <name>fd::DeliveriesTab</name>
    <message>
        <source>New delivery</source>
        <translation>नई डिलीवरी</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>सामान</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>मात्रा</translation>
    </message>
    <message>
        <source>Order or invoice reference</source>
        <translation>ऑर्डर या इनवॉइस संदर्भ</translation>
    </message>
    <message>
        <source>Delivery address</source>
        <translation>डिलीवरी का पता</translation>
    </message>
    <message>
        <source>Delivery date</source>
        <translation>डिलीवरी की तारीख</translation>
    </message>
    <message>
        <source>&amp;Save delivery</source>
        <translation>डिलीवरी सहेजें(&amp;S)</translation>
    </message>
    <message>
        <source>Save the delivery (Ctrl+S)</source>
        <translation>डिलीवरी सहेजें (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Item:</source>
        <translation>सामान(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>मात्रा(&amp;Q):</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>संदर्भ(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>पता(&amp;A):</translation>
    </message>
    <message>
        <source>Deli&amp;very date:</source>
        <translation>डिलीवरी तारीख(&amp;V):</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>डिलीवरी</translation>
    </message>
    <message>
        <source>Show deliveries with status</source>
        <translation>इस स्थिति वाली डिलीवरी दिखाएँ</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>संदर्भ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>ग्राहक</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>फ़ोन</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>तारीख</translation>
    </message>
    <message>
        <source>Re-attempt</source>
        <translation>दोबारा प्रयास</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>दिखाएँ(&amp;W):</translation>
    </message>
    <message>
        <source>Selected delivery</source>
        <translation>चुनी गई डिलीवरी</translation>
    </message>
    <message>
        <source>Select a delivery in the list.</source>
        <translation>सूची में से एक डिलीवरी चुनें।</translation>
    </message>
    <message>
        <source>New delivery status</source>
        <translation>डिलीवरी की नई स्थिति</translation>
    </message>
    <message>
        <source>New delivery date</source>
        <translation>नई डिलीवरी तारीख</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>टिप्पणी</translation>
    </message>
    <message>
        <source>Why (optional): e.g. customer not at home</source>
        <translation>कारण (वैकल्पिक): जैसे ग्राहक घर पर नहीं था</translation>
    </message>
    <message>
        <source>Set s&amp;tatus</source>
        <translation>स्थिति सेट करें(&amp;T)</translation>
    </message>
    <message>
        <source>New stat&amp;us:</source>
        <translation>नई स्थिति(&amp;U):</translation>
    </message>
    <message>
        <source>New dat&amp;e:</source>
        <translation>नई तारीख(&amp;E):</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>टिप्पणी(&amp;O):</translation>
    </message>
    <message>
        <source>WhatsApp message that will go:</source>
        <translation>जाने वाला WhatsApp संदेश:</translation>
    </message>
    <message>
        <source>%1 — %2: delivered (final).</source>
        <translation>%1 — %2: डिलीवर हो गई (अंतिम)।</translation>
    </message>
    <message>
        <source>%1 — %2, %3 (%4)</source>
        <translation>%1 — %2, %3 (%4)</translation>
    </message>
    <message>
        <source>Select a delivery to change its status.</source>
        <translation>स्थिति बदलने के लिए एक डिलीवरी चुनें।</translation>
    </message>
    <message>
        <source>DELIVERED sends no message.</source>
        <translation>&quot;डिलीवर हो गई&quot; पर कोई संदेश नहीं जाता।</translation>
    </message>
    <message>
        <source>enter the item.</source>
        <translation>सामान लिखें।</translation>
    </message>
    <message>
        <source>Delivery %1 saved.</source>
        <translation>डिलीवरी %1 सहेजी गई।</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 अब %2 है।</translation>
    </message>
    <message>
        <source>The customer already had this message for this attempt; it is not sent again.</source>
        <translation>ग्राहक को इस प्रयास का यह संदेश पहले ही मिल चुका है; यह दोबारा नहीं भेजा जाएगा।</translation>
    </message>
    <message>
        <source>The delivery is already set to be re-attempted on this date; choose another date to reschedule it.</source>
        <translation>इस तारीख पर दोबारा डिलीवरी पहले से तय है; नई तारीख के लिए कोई दूसरी तारीख चुनें।</translation>
    </message>
    <message>
        <source>All of the selected delivery; correct a typo (Enter on the row)</source>
        <translation>चुनी गई डिलीवरी पूरी; टाइपिंग की गलती सुधारें (पंक्ति पर Enter)</translation>
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
        <translation>सेटिंग्स(&amp;T)...</translation>
    </message>
    <message>
        <source>&amp;How messages are sent...</source>
        <translation>संदेश कैसे भेजे जाएँ(&amp;H)...</translation>
    </message>
    <message>
        <source>Closing once the message being sent is recorded (at most %1 s) ...</source>
        <translation>भेजा जा रहा संदेश दर्ज होते ही बंद होगा (अधिकतम %1 सेकंड) ...</translation>
    </message>
    <message>
        <source>WhatsApp: this desk stops sending…</source>
        <translation>WhatsApp: यह डेस्क भेजना बंद कर रहा है…</translation>
    </message>
    <message>
        <source>WhatsApp: not used here (this desk does not send; the WhatsApp profile is free for a sender station)</source>
        <translation>WhatsApp: यहाँ उपयोग नहीं (यह डेस्क नहीं भेजता; WhatsApp प्रोफ़ाइल भेजने वाले स्टेशन के लिए खाली है)</translation>
    </message>
    <message>
        <source>Signing out once the message being sent is recorded (at most %1 s) ...</source>
        <translation>भेजा जा रहा संदेश दर्ज होते ही साइन आउट होगा (अधिकतम %1 सेकंड) ...</translation>
    </message>
    <message>
        <source>%1 (engine: %2)</source>
        <translation>%1 (इंजन: %2)</translation>
    </message>
    <message>
        <source>FrontDesk: sending paused</source>
        <translation>FrontDesk: भेजना रोका गया</translation>
    </message>
</context>
<context>
    <name>fd::Dispatcher</name>
    <message>
        <source>nothing to send</source>
        <translation>भेजने के लिए कुछ नहीं</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>रोका गया</translation>
    </message>
    <message>
        <source>Waiting for the sender: %1</source>
        <translation>भेजने वाले की प्रतीक्षा: %1</translation>
    </message>
    <message>
        <source>quiet hours until %1</source>
        <translation>%1 तक शांत समय</translation>
    </message>
    <message>
        <source>Quiet hours: sending resumes at %1</source>
        <translation>शांत समय: भेजना %1 पर फिर शुरू होगा</translation>
    </message>
    <message>
        <source>done</source>
        <translation>पूरा हुआ</translation>
    </message>
    <message>
        <source>Waiting for messages</source>
        <translation>संदेशों की प्रतीक्षा</translation>
    </message>
    <message>
        <source>found in the chat after a restart; not sent again</source>
        <translation>रीस्टार्ट के बाद चैट में मिला; दोबारा नहीं भेजा गया</translation>
    </message>
    <message>
        <source>not found in the chat after a restart; sent again</source>
        <translation>रीस्टार्ट के बाद चैट में नहीं मिला; दोबारा भेजा गया</translation>
    </message>
    <message>
        <source>Sending message %1</source>
        <translation>संदेश %1 भेजा जा रहा है</translation>
    </message>
    <message>
        <source>Database unavailable: %1</source>
        <translation>डेटाबेस उपलब्ध नहीं: %1</translation>
    </message>
    <message>
        <source>an earlier try had reached the chat; not sent again</source>
        <translation>पिछला प्रयास चैट तक पहुँच गया था; दोबारा नहीं भेजा गया</translation>
    </message>
    <message>
        <source>Sending resumed</source>
        <translation>भेजना फिर शुरू हुआ</translation>
    </message>
    <message>
        <source>found in the chat after taking it over from another station; not sent again</source>
        <translation>दूसरे स्टेशन से लेने के बाद चैट में मिला; दोबारा नहीं भेजा गया</translation>
    </message>
    <message>
        <source>not found in the chat after taking it over from another station; sent</source>
        <translation>दूसरे स्टेशन से लेने के बाद चैट में नहीं मिला; भेजा गया</translation>
    </message>
    <message>
        <source>this station stopped while sending and the chat could not be checked</source>
        <translation>भेजते समय यह स्टेशन रुक गया था और चैट जाँची नहीं जा सकी</translation>
    </message>
    <message>
        <source>taken over from station %1 after its claim lapsed, and the chat could not be checked</source>
        <translation>स्टेशन %1 का दावा खत्म होने के बाद उससे लिया गया, और चैट जाँची नहीं जा सकी</translation>
    </message>
    <message>
        <source>the chat could not be checked; the earlier try had not left, so it is sent</source>
        <translation>चैट जाँची नहीं जा सकी; पिछला प्रयास निकला ही नहीं था, इसलिए भेजा जा रहा है</translation>
    </message>
    <message>
        <source>the chat could not be checked; sent again as an administrator asked</source>
        <translation>चैट जाँची नहीं जा सकी; व्यवस्थापक के कहने पर दोबारा भेजा गया</translation>
    </message>
    <message>
        <source>tried before and the chat could not be checked</source>
        <translation>पहले प्रयास हो चुका था और चैट जाँची नहीं जा सकी</translation>
    </message>
    <message>
        <source>Checking WhatsApp with a message to the business&apos;s own number</source>
        <translation>व्यवसाय के अपने नंबर पर संदेश भेजकर WhatsApp की जाँच हो रही है</translation>
    </message>
    <message>
        <source>FrontDesk check before sending, %1 (%2). Nothing to do.</source>
        <translation>भेजने से पहले FrontDesk की जाँच, %1 (%2). कुछ करने की ज़रूरत नहीं.</translation>
    </message>
    <message>
        <source>Sending waits: %1</source>
        <translation>भेजना रुका हुआ है: %1</translation>
    </message>
</context>
<context>
    <name>fd::EngineersPage</name>
    <message>
        <source>Add an engineer</source>
        <translation>इंजीनियर जोड़ें</translation>
    </message>
    <message>
        <source>Engineer&apos;s name</source>
        <translation>इंजीनियर का नाम</translation>
    </message>
    <message>
        <source>Engineer&apos;s mobile (staff, never messaged)</source>
        <translation>इंजीनियर का मोबाइल (स्टाफ़, इस पर संदेश कभी नहीं जाते)</translation>
    </message>
    <message>
        <source>&amp;Add engineer</source>
        <translation>इंजीनियर जोड़ें(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>नाम(&amp;N):</translation>
    </message>
    <message>
        <source>Engineers&apos; phones are staff phones: WhatsApp messages never go to them.</source>
        <translation>इंजीनियरों के फ़ोन स्टाफ़ के फ़ोन हैं: उन पर WhatsApp संदेश कभी नहीं जाते।</translation>
    </message>
    <message>
        <source>Engineers</source>
        <translation>इंजीनियर</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>मोबाइल</translation>
    </message>
    <message>
        <source>Enter the engineer&apos;s name.</source>
        <translation>इंजीनियर का नाम लिखें।</translation>
    </message>
    <message>
        <source>%1 can now be assigned to service requests.</source>
        <translation>%1 को अब सेवा अनुरोध सौंपे जा सकते हैं।</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>सक्रिय</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>सेवानिवृत्त</translation>
    </message>
    <message>
        <source>The selected engineer&apos;s name</source>
        <translation>चुने गए इंजीनियर का नाम</translation>
    </message>
    <message>
        <source>Nam&amp;e:</source>
        <translation>नाम(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>नाम बदलें(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;tire</source>
        <translation>सेवानिवृत्त करें(&amp;T)</translation>
    </message>
    <message>
        <source>A retired engineer is no longer offered for new assignments; their service requests keep their name.</source>
        <translation>सेवानिवृत्त इंजीनियर नए काम के लिए नहीं दिखाया जाता; उनके सर्विस अनुरोधों पर उनका नाम बना रहता है।</translation>
    </message>
    <message>
        <source>&amp;Bring back</source>
        <translation>वापस लाएँ(&amp;B)</translation>
    </message>
    <message>
        <source>Renamed to %1. Requests assigned before keep the name they were assigned with.</source>
        <translation>नाम बदलकर %1 किया गया। पहले सौंपे गए अनुरोधों पर वही नाम रहता है जिससे वे सौंपे गए थे।</translation>
    </message>
    <message>
        <source>%1 can be assigned to service requests again.</source>
        <translation>%1 को फिर से सर्विस अनुरोध सौंपे जा सकते हैं।</translation>
    </message>
    <message>
        <source>%1 is retired: no longer offered for new assignments.</source>
        <translation>%1 सेवानिवृत्त: अब नए काम के लिए नहीं दिखाए जाएँगे।</translation>
    </message>
</context>
<context>
    <name>fd::EnquiriesTab</name>
    <message>
        <source>New enquiry</source>
        <translation>नई पूछताछ</translation>
    </message>
    <message>
        <source>Product or subject</source>
        <translation>उत्पाद या विषय</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>टिप्पणियाँ</translation>
    </message>
    <message>
        <source>&amp;Save enquiry</source>
        <translation>पूछताछ सहेजें(&amp;S)</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>सहेजें (Ctrl+S)</translation>
    </message>
    <message>
        <source>Ne&amp;w</source>
        <translation>नया(&amp;W)</translation>
    </message>
    <message>
        <source>Clear the form for the next customer (Ctrl+N)</source>
        <translation>अगले ग्राहक के लिए फ़ॉर्म खाली करें (Ctrl+N)</translation>
    </message>
    <message>
        <source>Product or su&amp;bject:</source>
        <translation>उत्पाद या विषय(&amp;B):</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>टिप्पणियाँ(&amp;O):</translation>
    </message>
    <message>
        <source>Recent enquiries</source>
        <translation>हाल की पूछताछ</translation>
    </message>
    <message>
        <source>Search by name, phone or product (Ctrl+F)</source>
        <translation>नाम, फ़ोन या उत्पाद से खोजें (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search enquiries</source>
        <translation>पूछताछ खोजें</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>संदर्भ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>तारीख</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>ग्राहक</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>फ़ोन</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>संदेश</translation>
    </message>
    <message>
        <source>enter the product or subject.</source>
        <translation>उत्पाद या विषय लिखें।</translation>
    </message>
    <message>
        <source>Enquiry %1 saved.</source>
        <translation>पूछताछ %1 सहेजी गई।</translation>
    </message>
    <message>
        <source>Not in the message log</source>
        <translation>संदेश लॉग में नहीं</translation>
    </message>
    <message>
        <source>Not sent: staff number</source>
        <translation>नहीं भेजा गया: स्टाफ़ का नंबर</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>नहीं भेजा गया: %1</translation>
    </message>
    <message>
        <source>✗ Failed</source>
        <translation>✗ विफल</translation>
    </message>
    <message>
        <source>✗ Failed: %1</source>
        <translation>✗ विफल: %1</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>भेजे जाने की प्रतीक्षा में</translation>
    </message>
    <message>
        <source>Waiting to be sent again</source>
        <translation>दोबारा भेजे जाने की प्रतीक्षा में</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>भेजा जा रहा है…</translation>
    </message>
    <message>
        <source>All of the selected enquiry, its notes too; correct a typo (Enter on the row)</source>
        <translation>चुनी गई पूछताछ पूरी, टिप्पणियों सहित; टाइपिंग की गलती सुधारें (पंक्ति पर Enter)</translation>
    </message>
</context>
<context>
    <name>fd::EntryPage</name>
    <message>
        <source>Customer name</source>
        <translation>ग्राहक का नाम</translation>
    </message>
    <message>
        <source>Customer phone</source>
        <translation>ग्राहक का फ़ोन</translation>
    </message>
    <message>
        <source>Customer &amp;name:</source>
        <translation>ग्राहक का नाम(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>फ़ोन(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>भाषा(&amp;L):</translation>
    </message>
    <message>
        <source>WhatsApp message that will go</source>
        <translation>जाने वाला WhatsApp संदेश</translation>
    </message>
    <message>
        <source>No WhatsApp message will go: %1.</source>
        <translation>कोई WhatsApp संदेश नहीं जाएगा: %1।</translation>
    </message>
    <message>
        <source>Search by name, phone, reference… (Ctrl+F)</source>
        <translation>नाम, फ़ोन, संदर्भ से खोजें… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the list</source>
        <translation>सूची में खोजें</translation>
    </message>
    <message>
        <source>All</source>
        <translation>सभी</translation>
    </message>
    <message>
        <source>Open / correct…</source>
        <translation>खोलें / सुधारें…</translation>
    </message>
</context>
<context>
    <name>fd::FirstRunWizard</name>
    <message>
        <source>Set up FrontDesk</source>
        <translation>FrontDesk सेट अप करें</translation>
    </message>
    <message>
        <source>&amp;Open FrontDesk</source>
        <translation>FrontDesk खोलें(&amp;O)</translation>
    </message>
    <message>
        <source>Where should FrontDesk keep its data?</source>
        <translation>FrontDesk अपना डेटा कहाँ रखे?</translation>
    </message>
    <message>
        <source>One desk: keep it on this computer. Several desks: use your PostgreSQL server.</source>
        <translation>एक डेस्क: इसी कंप्यूटर पर रखें। कई डेस्क: अपना PostgreSQL सर्वर इस्तेमाल करें।</translation>
    </message>
    <message>
        <source>&amp;This computer only (SQLite — nothing to set up)</source>
        <translation>केवल यही कंप्यूटर (SQLite — कुछ सेट अप नहीं करना)(&amp;T)</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>डेटाबेस फ़ाइल</translation>
    </message>
    <message>
        <source>A &amp;PostgreSQL server shared by several desks</source>
        <translation>कई डेस्क का साझा PostgreSQL सर्वर(&amp;P)</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>सर्वर</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>पोर्ट</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>डेटाबेस</translation>
    </message>
    <message>
        <source>User</source>
        <translation>यूज़र</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>पासवर्ड</translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation>कनेक्शन जाँचें(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>सर्वर(&amp;S):</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>पोर्ट(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>डेटाबेस(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;User (may create roles):</source>
        <translation>यूज़र (भूमिकाएँ बना सकने वाला)(&amp;U):</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>पासवर्ड(&amp;W):</translation>
    </message>
    <message>
        <source>The password is kept only in this computer&apos;s keychain, never in a file.</source>
        <translation>पासवर्ड केवल इस कंप्यूटर के कीचेन में रखा जाता है, कभी किसी फ़ाइल में नहीं।</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>फ़ाइल(&amp;F):</translation>
    </message>
    <message>
        <source>The first administrator</source>
        <translation>पहला व्यवस्थापक</translation>
    </message>
    <message>
        <source>Administrators manage settings, templates, users and retries. Add the reception staff later under Users.</source>
        <translation>व्यवस्थापक सेटिंग्स, टेम्पलेट, यूज़र और दोबारा भेजना संभालते हैं। रिसेप्शन स्टाफ़ को बाद में &quot;यूज़र&quot; में जोड़ें।</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>पूरा नाम</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>यूज़र नेम</translation>
    </message>
    <message>
        <source>Mobile phone (never messaged)</source>
        <translation>मोबाइल फ़ोन (इस पर संदेश कभी नहीं जाते)</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>पासवर्ड दोबारा</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>पूरा नाम(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>यूज़र नेम(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Mobile (staff, never messaged):</source>
        <translation>मोबाइल (स्टाफ़, इस पर संदेश कभी नहीं जाते)(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Password (8 or more characters):</source>
        <translation>पासवर्ड (8 या अधिक अक्षर)(&amp;P):</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>पासवर्ड दोबारा(&amp;A):</translation>
    </message>
    <message>
        <source>Your business</source>
        <translation>आपका व्यवसाय</translation>
    </message>
    <message>
        <source>Shown in every WhatsApp message to your customers.</source>
        <translation>ग्राहकों को जाने वाले हर WhatsApp संदेश में दिखता है।</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>कंपनी का नाम</translation>
    </message>
    <message>
        <source>Company phone</source>
        <translation>कंपनी का फ़ोन</translation>
    </message>
    <message>
        <source>Company na&amp;me:</source>
        <translation>कंपनी का नाम(&amp;M):</translation>
    </message>
    <message>
        <source>Company &amp;phone:</source>
        <translation>कंपनी का फ़ोन(&amp;P):</translation>
    </message>
    <message>
        <source>FrontDesk is ready</source>
        <translation>FrontDesk तैयार है</translation>
    </message>
    <message>
        <source>Enter the server, the database and the user.</source>
        <translation>सर्वर, डेटाबेस और यूज़र लिखें।</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>जुड़ रहा है…</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>✓ Connected: %1</source>
        <translation>✓ जुड़ गया: %1</translation>
    </message>
    <message>
        <source>Enter the administrator&apos;s name.</source>
        <translation>व्यवस्थापक का नाम लिखें।</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>दोनों पासवर्ड अलग हैं।</translation>
    </message>
    <message>
        <source>Enter the company name: customers see it in every message.</source>
        <translation>कंपनी का नाम लिखें: ग्राहक इसे हर संदेश में देखते हैं।</translation>
    </message>
    <message>
        <source>Setting up the database…</source>
        <translation>डेटाबेस सेट अप हो रहा है…</translation>
    </message>
    <message>
        <source>&lt;p&gt;The database is ready and &lt;b&gt;%1&lt;/b&gt; can sign in as &lt;b&gt;%2&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Next:&lt;/b&gt; open the &lt;b&gt;WhatsApp&lt;/b&gt; tab and scan the QR code with the business phone (WhatsApp → Linked devices → Link a device). Until then messages wait in the queue.&lt;/p&gt;</source>
        <translation>&lt;p&gt;डेटाबेस तैयार है और &lt;b&gt;%1&lt;/b&gt; &lt;b&gt;%2&lt;/b&gt; के रूप में साइन इन कर सकते हैं।&lt;/p&gt;&lt;p&gt;&lt;b&gt;आगे:&lt;/b&gt; &lt;b&gt;WhatsApp&lt;/b&gt; टैब खोलें और बिज़नेस फ़ोन से QR कोड स्कैन करें (WhatsApp → Linked devices → Link a device)। तब तक संदेश कतार में इंतज़ार करते हैं।&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Saving the database password in the keychain…</source>
        <translation>डेटाबेस पासवर्ड कीचेन में सहेजा जा रहा है…</translation>
    </message>
    <message>
        <source>The database password is in this computer&apos;s keychain.</source>
        <translation>डेटाबेस पासवर्ड इस कंप्यूटर के कीचेन में है।</translation>
    </message>
    <message>
        <source>Tracking link</source>
        <translation>ट्रैकिंग लिंक</translation>
    </message>
    <message>
        <source>Feedback link</source>
        <translation>फ़ीडबैक लिंक</translation>
    </message>
    <message>
        <source>Service request messages carry two links made from the ticket number ({ticket_id}): one to follow the request, one to give feedback. With a mobile number above, FrontDesk suggests WhatsApp links that open a chat with you about the ticket; your website&apos;s pages work too. Without the links those messages cannot be sent.</source>
        <translation>सर्विस अनुरोध के संदेशों में टिकट नंबर ({ticket_id}) से बने दो लिंक होते हैं: एक अनुरोध की स्थिति देखने के लिए, एक फ़ीडबैक देने के लिए। ऊपर मोबाइल नंबर देने पर FrontDesk ऐसे WhatsApp लिंक सुझाता है जो टिकट के बारे में आपसे चैट खोलते हैं; आपकी वेबसाइट के पेज भी चलेंगे। लिंक के बिना ये संदेश नहीं भेजे जा सकते।</translation>
    </message>
    <message>
        <source>&amp;Tracking link:</source>
        <translation>ट्रैकिंग लिंक(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Feedback link:</source>
        <translation>फ़ीडबैक लिंक(&amp;F):</translation>
    </message>
    <message>
        <source>Without both links, service request messages cannot be sent until an administrator adds them in Settings. Press Next again to go on without them.</source>
        <translation>दोनों लिंक के बिना, जब तक कोई एडमिन उन्हें सेटिंग्स में नहीं जोड़ता, सर्विस अनुरोध के संदेश नहीं भेजे जा सकते। इनके बिना आगे बढ़ने के लिए फिर से Next दबाएँ।</translation>
    </message>
</context>
<context>
    <name>fd::JobSheet</name>
    <message>
        <source>Job sheet</source>
        <translation>जॉब शीट</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>ग्राहक</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>फ़ोन</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>सेवा</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>निर्धारित तारीख</translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation>इंजीनियर</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>पूरा हुआ</translation>
    </message>
    <message>
        <source>Please tell us how we did:</source>
        <translation>कृपया बताएँ कि हमारी सेवा कैसी रही:</translation>
    </message>
    <message>
        <source>Engineer&apos;s signature</source>
        <translation>इंजीनियर के हस्ताक्षर</translation>
    </message>
    <message>
        <source>Customer&apos;s signature</source>
        <translation>ग्राहक के हस्ताक्षर</translation>
    </message>
</context>
<context>
    <name>fd::LanguageBox</name>
    <message>
        <source>English</source>
        <translation>अंग्रेज़ी — English</translation>
    </message>
    <message>
        <source>Hindi — हिन्दी</source>
        <translation>हिन्दी</translation>
    </message>
    <message>
        <source>Tamil — தமிழ்</source>
        <translation>तमिल — தமிழ்</translation>
    </message>
    <message>
        <source>Message language</source>
        <translation>संदेश की भाषा</translation>
    </message>
</context>
<context>
    <name>fd::LanguageMenu</name>
    <message>
        <source>The new language is used from the next time FrontDesk starts. This window stays as it is, with everything typed in it.</source>
        <translation>नई भाषा FrontDesk के अगली बार शुरू होने से लागू होगी। यह विंडो, इसमें लिखी हर चीज़ के साथ, जैसी है वैसी रहेगी।</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>भाषा(&amp;L)</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>सिस्टम की भाषा</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>भाषा</translation>
    </message>
</context>
<context>
    <name>fd::LogFilterBar</name>
    <message>
        <source>Any</source>
        <translation>कोई भी</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>घटना</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>सभी घटनाएँ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>सभी स्थितियाँ</translation>
    </message>
    <message>
        <source>Sent, delivered or read</source>
        <translation>भेजा गया, पहुँचा या पढ़ा गया</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>विफल</translation>
    </message>
    <message>
        <source>Waiting (pending, sending, retrying)</source>
        <translation>प्रतीक्षा में (लंबित, भेजा जा रहा, दोबारा प्रयास)</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>छोड़ा गया</translation>
    </message>
    <message>
        <source>Only: %1</source>
        <translation>केवल: %1</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>इस तारीख से</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>इस तारीख तक</translation>
    </message>
    <message>
        <source>Search by phone or customer name</source>
        <translation>फ़ोन या ग्राहक के नाम से खोजें</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>फ़िल्टर हटाएँ</translation>
    </message>
    <message>
        <source>From</source>
        <translation>से</translation>
    </message>
    <message>
        <source>To</source>
        <translation>तक</translation>
    </message>
    <message>
        <source>Failed: may have been sent</source>
        <translation>विफल: शायद भेजा जा चुका</translation>
    </message>
    <message>
        <source>Search phone, name or reference (SR-000001)…</source>
        <translation>फ़ोन, नाम या संदर्भ (SR-000001) खोजें…</translation>
    </message>
</context>
<context>
    <name>fd::LoginDialog</name>
    <message>
        <source>FrontDesk — sign in</source>
        <translation>FrontDesk — साइन इन</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sign in to FrontDesk&lt;/b&gt;</source>
        <translation>&lt;b&gt;FrontDesk में साइन इन करें&lt;/b&gt;</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>यूज़र नेम</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>पासवर्ड</translation>
    </message>
    <message>
        <source>&amp;Remember my password on this computer (in the keychain)</source>
        <translation>इस कंप्यूटर पर मेरा पासवर्ड याद रखें (कीचेन में)(&amp;R)</translation>
    </message>
    <message>
        <source>Sign-in message</source>
        <translation>साइन-इन संदेश</translation>
    </message>
    <message>
        <source>&amp;Database user:</source>
        <translation>डेटाबेस यूज़र(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>यूज़र नेम(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>पासवर्ड(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>साइन इन(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>बंद करें(&amp;Q)</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>डेटाबेस खुल रहा है…</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords. Try again in %n second(s).</source>
        <translation>
            <numerusform>बहुत बार गलत पासवर्ड। %n सेकंड बाद फिर कोशिश करें।</numerusform>
            <numerusform>बहुत बार गलत पासवर्ड। %n सेकंड बाद फिर कोशिश करें।</numerusform>
        </translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>अब आप फिर से कोशिश कर सकते हैं।</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>अपना यूज़र नेम लिखें।</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>अपना पासवर्ड लिखें।</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>साइन इन हो रहा है…</translation>
    </message>
    <message>
        <source>The database was upgraded from schema version %1 to %2; the file as it was is kept at %3.</source>
        <translation>डेटाबेस को स्कीमा संस्करण %1 से %2 में अपग्रेड किया गया; फ़ाइल की पुरानी प्रति %3 पर रखी है।</translation>
    </message>
    <message>
        <source>Checking the database…</source>
        <translation>डेटाबेस जाँचा जा रहा है…</translation>
    </message>
    <message>
        <source>The database needs an upgrade from schema version %1 to %2 before FrontDesk %3 can use it. Ask an administrator to sign in on this desk and upgrade it.</source>
        <translation>FrontDesk %3 इस्तेमाल करने से पहले डेटाबेस को स्कीमा संस्करण %1 से %2 में अपग्रेड करना होगा। किसी व्यवस्थापक से इस डेस्क पर साइन इन करके अपग्रेड करने को कहें।</translation>
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
        <translation>डेस्क के पेज</translation>
    </message>
    <message>
        <source>Enquiries</source>
        <translation>पूछताछ</translation>
    </message>
    <message>
        <source>Service requests</source>
        <translation>सेवा अनुरोध</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>डिलीवरी</translation>
    </message>
    <message>
        <source>Database status</source>
        <translation>डेटाबेस की स्थिति</translation>
    </message>
    <message>
        <source>WhatsApp: not started</source>
        <translation>WhatsApp: शुरू नहीं हुआ</translation>
    </message>
    <message>
        <source>WhatsApp status</source>
        <translation>WhatsApp की स्थिति</translation>
    </message>
    <message>
        <source>Messages waiting and failed</source>
        <translation>प्रतीक्षा में और विफल संदेश</translation>
    </message>
    <message>
        <source>Signed in user</source>
        <translation>साइन इन किया हुआ यूज़र</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>व्यवस्थापक</translation>
    </message>
    <message>
        <source>reception</source>
        <translation>रिसेप्शन</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — connecting…</source>
        <translation>%1 — जुड़ रहा है…</translation>
    </message>
    <message>
        <source>%1 — not reachable: %2. What you type is kept.</source>
        <translation>%1 — संपर्क नहीं हो पा रहा: %2। आपका लिखा हुआ सुरक्षित रहेगा।</translation>
    </message>
    <message>
        <source>&amp;Desk</source>
        <translation>डेस्क(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>सहेजें(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>नया(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>खोजें(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>ताज़ा करें(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>बंद करें(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>जाएँ(&amp;G)</translation>
    </message>
    <message>
        <source>Tab %1</source>
        <translation>टैब %1</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>सहायता(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>कीबोर्ड शॉर्टकट(&amp;K)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>कीबोर्ड शॉर्टकट</translation>
    </message>
    <message>
        <source>Ctrl+S  save the form
Ctrl+N  clear the form for the next customer
Ctrl+F  search the list
F5  refresh
Ctrl+1…9  go to a tab
Alt+underlined letter  go to that field
Ctrl+P  print the job sheet</source>
        <translation>Ctrl+S  फ़ॉर्म सहेजें
Ctrl+N  अगले ग्राहक के लिए फ़ॉर्म खाली करें
Ctrl+F  सूची में खोजें
F5  ताज़ा करें
Ctrl+1…9  किसी टैब पर जाएँ
Alt+रेखांकित अक्षर  उस फ़ील्ड पर जाएँ
Ctrl+P  जॉब शीट प्रिंट करें</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Message log</source>
        <translation>संदेश लॉग</translation>
    </message>
    <message>
        <source>Messages: unknown</source>
        <translation>संदेश: पता नहीं</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>जुड़ रहा है…</translation>
    </message>
    <message>
        <source>Messages waiting: %1 · failed: %2</source>
        <translation>प्रतीक्षा में संदेश: %1 · विफल: %2</translation>
    </message>
    <message>
        <source>Open Settings…</source>
        <translation>सेटिंग्स खोलें…</translation>
    </message>
    <message>
        <source>%1 (messages: %2)</source>
        <translation>%1 (संदेश: %2)</translation>
    </message>
    <message>
        <source>Some WhatsApp messages cannot be sent until Settings are complete: %1. They are kept in the message log as failed; once the setting is filled in, retry them there.</source>
        <translation>सेटिंग्स पूरी होने तक कुछ WhatsApp संदेश नहीं भेजे जा सकते: %1। वे संदेश लॉग में विफल के रूप में रखे जाते हैं; सेटिंग भरने के बाद उन्हें वहीं से फिर भेजें।</translation>
    </message>
    <message>
        <source>this desk does not send them (a sender station does)</source>
        <translation>यह डेस्क इन्हें नहीं भेजता (भेजने वाला स्टेशन भेजता है)</translation>
    </message>
    <message>
        <source>Messages waiting: %1 (%2) · failed: %3</source>
        <translation>प्रतीक्षा में संदेश: %1 (%2) · विफल: %3</translation>
    </message>
    <message>
        <source>Quit FrontDesk</source>
        <translation>FrontDesk बंद करें</translation>
    </message>
    <message>
        <source>Not saved yet: the form on %1.

Quit and lose what was typed?</source>
        <translation>अभी सहेजा नहीं गया: %1 का फ़ॉर्म।

बंद करें और जो लिखा है वह खो दें?</translation>
    </message>
    <message>
        <source>&amp;Quit without saving</source>
        <translation>बिना सहेजे बंद करें(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Keep working</source>
        <translation>काम जारी रखें(&amp;K)</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>साइन आउट(&amp;O)</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>साइन आउट</translation>
    </message>
    <message>
        <source>Not saved yet: the form on %1.

Sign out and lose what was typed?</source>
        <translation>अभी सहेजा नहीं गया: %1 का फ़ॉर्म।

साइन आउट करें और जो लिखा है वह खो दें?</translation>
    </message>
    <message>
        <source>&amp;Sign out without saving</source>
        <translation>बिना सहेजे साइन आउट(&amp;S)</translation>
    </message>
</context>
<context>
    <name>fd::MessageDetailsPane</name>
    <message>
        <source>Message details</source>
        <translation>संदेश का विवरण</translation>
    </message>
    <message>
        <source>Failure screenshot</source>
        <translation>विफलता का स्क्रीनशॉट</translation>
    </message>
    <message>
        <source>Select a message to see its details.</source>
        <translation>विवरण देखने के लिए एक संदेश चुनें।</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>संदेश</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>ग्राहक</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>फ़ोन</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>भाषा</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>रिकॉर्ड</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>बनाया गया</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>किसने बनाया</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>निर्धारित</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>अगला प्रयास</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>भेजा गया</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>पहुँचा</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>पढ़ा गया</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>माध्यम</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>स्टेशन</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>दोबारा प्रयास</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>त्रुटि</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>संदेश का पाठ</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>प्रयास</translation>
    </message>
    <message>
        <source>No attempt yet.</source>
        <translation>अभी कोई प्रयास नहीं।</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>शुरू</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>समाप्त</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>परिणाम</translation>
    </message>
    <message>
        <source>Error / note</source>
        <translation>त्रुटि / टिप्पणी</translation>
    </message>
    <message>
        <source>unfinished</source>
        <translation>अधूरा</translation>
    </message>
    <message>
        <source>Screenshot at the failure</source>
        <translation>विफलता के समय का स्क्रीनशॉट</translation>
    </message>
    <message>
        <source>Saved on station %1 as %2; the file cannot be opened from this desk.</source>
        <translation>स्टेशन %1 पर %2 के रूप में सहेजा गया; यह फ़ाइल इस डेस्क से नहीं खुल सकती।</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(अज्ञात)</translation>
    </message>
</context>
<context>
    <name>fd::MessageLogModel</name>
    <message>
        <source>Created</source>
        <translation>बनाया गया</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>घटना</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>ग्राहक</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>फ़ोन</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>दोबारा प्रयास</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>माध्यम</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>स्टेशन</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>त्रुटि</translation>
    </message>
    <message>
        <source>Enquiry received</source>
        <translation>पूछताछ मिली</translation>
    </message>
    <message>
        <source>Service request created</source>
        <translation>सेवा अनुरोध बना</translation>
    </message>
    <message>
        <source>Engineer assigned</source>
        <translation>इंजीनियर सौंपा गया</translation>
    </message>
    <message>
        <source>Service completed</source>
        <translation>सेवा पूरी हुई</translation>
    </message>
    <message>
        <source>Delivery failed</source>
        <translation>डिलीवरी विफल</translation>
    </message>
    <message>
        <source>Delivery re-attempt</source>
        <translation>डिलीवरी का दोबारा प्रयास</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>लंबित</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>भेजा जा रहा है</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>भेजा गया</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>पहुँचा</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>पढ़ा गया</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>विफल</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>दोबारा प्रयास हो रहा है</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>छोड़ा गया</translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation>पुष्टि नहीं हुई</translation>
    </message>
    <message>
        <source>Check before sending</source>
        <translation>भेजने से पहले जाँच</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>बीच में रुका</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>संदर्भ</translation>
    </message>
</context>
<context>
    <name>fd::MessageLogTab</name>
    <message>
        <source>WhatsApp messages</source>
        <translation>WhatsApp संदेश</translation>
    </message>
    <message>
        <source>First</source>
        <translation>पहला</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>पिछला</translation>
    </message>
    <message>
        <source>Page %1 of %2 (%3–%4 of %5)</source>
        <translation>पेज %1 / %2 (%5 में से %3–%4)</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>लोड हो रहा है…</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>अगला</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>आख़िरी</translation>
    </message>
    <message>
        <source>Rows per page</source>
        <translation>प्रति पेज पंक्तियाँ</translation>
    </message>
    <message>
        <source>%1 per page</source>
        <translation>प्रति पेज %1</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV निर्यात करें…</translation>
    </message>
    <message>
        <source>Retry selected</source>
        <translation>चुने हुए दोबारा भेजें</translation>
    </message>
    <message>
        <source>Retry all failed</source>
        <translation>सभी विफल दोबारा भेजें</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>कुल:</translation>
    </message>
    <message>
        <source>Sent:</source>
        <translation>भेजे गए:</translation>
    </message>
    <message>
        <source>Failed:</source>
        <translation>विफल:</translation>
    </message>
    <message>
        <source>Pending:</source>
        <translation>लंबित:</translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation>छोड़े गए:</translation>
    </message>
    <message>
        <source>Select a message to see its details.</source>
        <translation>विवरण देखने के लिए एक संदेश चुनें।</translation>
    </message>
    <message>
        <source>Retry messages</source>
        <translation>संदेश दोबारा भेजें</translation>
    </message>
    <message numerus="yes">
        <source>Send %n failed message(s) again?</source>
        <translation>
            <numerusform>%n विफल संदेश दोबारा भेजें?</numerusform>
            <numerusform>%n विफल संदेश दोबारा भेजें?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send all %n failed message(s) of the current filter again?</source>
        <translation>
            <numerusform>मौजूदा फ़िल्टर के सभी %n विफल संदेश दोबारा भेजें?</numerusform>
            <numerusform>मौजूदा फ़िल्टर के सभी %n विफल संदेश दोबारा भेजें?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) will be sent again.</source>
        <translation>
            <numerusform>%n संदेश दोबारा भेजा जाएगा।</numerusform>
            <numerusform>%n संदेश दोबारा भेजे जाएँगे।</numerusform>
        </translation>
    </message>
    <message>
        <source>The others were no longer failed.</source>
        <translation>बाकी संदेश अब विफल नहीं थे।</translation>
    </message>
    <message>
        <source>Export messages</source>
        <translation>संदेश निर्यात करें</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV फ़ाइलें (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>निर्यात हो रहा है…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n message(s) to %1.</source>
        <translation>
            <numerusform>%n संदेश %1 में निर्यात किया गया।</numerusform>
            <numerusform>%n संदेश %1 में निर्यात किए गए।</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume sending</source>
        <translation>भेजना फिर शुरू करें</translation>
    </message>
    <message>
        <source>Resume sending on station %1?

Do this after the selector pack (or FrontDesk) was updated. Messages marked &quot;may have been sent&quot; stay failed: look in each chat before retrying them.</source>
        <translation>स्टेशन %1 पर भेजना फिर शुरू करें?

यह सिलेक्टर पैक (या FrontDesk) अपडेट होने के बाद ही करें। &quot;शायद भेजा जा चुका है&quot; वाले संदेश विफल ही रहेंगे: दोबारा भेजने से पहले हर चैट देखें।</translation>
    </message>
    <message>
        <source>Sending resumed on station %1.</source>
        <translation>स्टेशन %1 पर भेजना फिर शुरू हुआ।</translation>
    </message>
    <message>
        <source>Station %1 was no longer paused.</source>
        <translation>स्टेशन %1 पर भेजना अब रुका हुआ नहीं था।</translation>
    </message>
    <message numerus="yes">
        <source>%n of them filled in again from the record and today&apos;s settings.</source>
        <translation>
            <numerusform>इनमें से %n संदेश रिकॉर्ड और आज की सेटिंग्स से दोबारा भरा गया।</numerusform>
            <numerusform>इनमें से %n संदेश रिकॉर्ड और आज की सेटिंग्स से दोबारा भरे गए।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) could not be filled in and stay failed: %1.</source>
        <translation>
            <numerusform>%n संदेश भरा नहीं जा सका और विफल ही रहेगा: %1।</numerusform>
            <numerusform>%n संदेश भरे नहीं जा सके और विफल ही रहेंगे: %1।</numerusform>
        </translation>
    </message>
    <message>
        <source>Select one or more failed, skipped or stuck messages.</source>
        <translation>एक या अधिक विफल, छोड़े गए या अटके संदेश चुनें।</translation>
    </message>
    <message numerus="yes">
        <source>Send %n selected message(s) again?</source>
        <translation>
            <numerusform>%n चुना गया संदेश फिर से भेजें?</numerusform>
            <numerusform>%n चुने गए संदेश फिर से भेजें?</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped on purpose: %1. They go only if the customer may be messaged now; a customer who opted out must be un-opted-out first.</source>
        <translation>जानबूझकर छोड़े गए: %1। ये तभी जाएँगे जब ग्राहक को अब संदेश भेजा जा सकता हो; जिस ग्राहक ने मना किया है, उसकी मनाही पहले हटानी होगी।</translation>
    </message>
    <message>
        <source>A message still being sent is left alone until its claim has ended. One whose claim ended may have been sent: look in its chat first.</source>
        <translation>जो संदेश अभी भेजा जा रहा है, उसे उसका दावा खत्म होने तक नहीं छुआ जाता। जिसका दावा खत्म हो गया, वह शायद भेजा जा चुका हो: पहले उसकी चैट देखें।</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) may still be being sent by their station and were left alone.</source>
        <translation>
            <numerusform>%n संदेश शायद अभी भी अपने स्टेशन से भेजा जा रहा है, उसे छोड़ दिया गया।</numerusform>
            <numerusform>%n संदेश शायद अभी भी अपने स्टेशन से भेजे जा रहे हैं, उन्हें छोड़ दिया गया।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped message(s) stay skipped: %1.</source>
        <translation>
            <numerusform>%n छोड़ा गया संदेश छोड़ा हुआ ही रहेगा: %1।</numerusform>
            <numerusform>%n छोड़े गए संदेश छोड़े हुए ही रहेंगे: %1।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fd::MessagePreview</name>
    <message>
        <source>WhatsApp message preview</source>
        <translation>WhatsApp संदेश का पूर्वावलोकन</translation>
    </message>
</context>
<context>
    <name>fd::OptOutImport</name>
    <message>
        <source>The file is not well-formed CSV (a quote is not closed); check its last lines.</source>
        <translation>फ़ाइल सही CSV नहीं है (एक उद्धरण चिह्न बंद नहीं हुआ); उसकी आख़िरी पंक्तियाँ जाँचें।</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a phone number.</source>
        <translation>पंक्ति %1: &quot;%2&quot; फ़ोन नंबर नहीं है।</translation>
    </message>
</context>
<context>
    <name>fd::OptOutPanel</name>
    <message>
        <source>Opted-out customers</source>
        <translation>संदेश बंद करवाने वाले ग्राहक</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>फ़ोन</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>कब से</translation>
    </message>
    <message>
        <source>Phone to opt out</source>
        <translation>संदेश बंद करने वाला फ़ोन</translation>
    </message>
    <message>
        <source>Name (optional)</source>
        <translation>नाम (वैकल्पिक)</translation>
    </message>
    <message>
        <source>Opt out</source>
        <translation>संदेश बंद करें</translation>
    </message>
    <message>
        <source>Send messages again</source>
        <translation>संदेश फिर से भेजें</translation>
    </message>
    <message>
        <source>The selected customers get WhatsApp messages again.</source>
        <translation>चुने हुए ग्राहकों को फिर से WhatsApp संदेश मिलेंगे।</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>CSV आयात करें…</translation>
    </message>
    <message>
        <source>These customers get no WhatsApp messages; their records are still saved.</source>
        <translation>इन ग्राहकों को कोई WhatsApp संदेश नहीं जाता; उनके रिकॉर्ड फिर भी सहेजे जाते हैं।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation>&quot;%1&quot; फ़ोन नंबर नहीं है।</translation>
    </message>
    <message>
        <source>%1 gets no more WhatsApp messages.</source>
        <translation>%1 को अब WhatsApp संदेश नहीं जाएँगे।</translation>
    </message>
    <message>
        <source>Select the customers who may get messages again.</source>
        <translation>वे ग्राहक चुनें जिन्हें फिर से संदेश मिल सकते हैं।</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) will get WhatsApp messages again.</source>
        <translation>
            <numerusform>%n ग्राहक को फिर से WhatsApp संदेश मिलेंगे।</numerusform>
            <numerusform>%n ग्राहकों को फिर से WhatsApp संदेश मिलेंगे।</numerusform>
        </translation>
    </message>
    <message>
        <source>Import opted-out customers</source>
        <translation>संदेश बंद करवाने वाले ग्राहक आयात करें</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV फ़ाइलें (*.csv);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 पढ़ा नहीं जा सकता: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n customer(s).</source>
        <translation>
            <numerusform>%n ग्राहक आयात किया गया।</numerusform>
            <numerusform>%n ग्राहक आयात किए गए।</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported:</source>
        <translation>आयात नहीं हुए:</translation>
    </message>
    <message>
        <source>The file has no phone numbers.</source>
        <translation>फ़ाइल में कोई फ़ोन नंबर नहीं है।</translation>
    </message>
</context>
<context>
    <name>fd::PauseBanner</name>
    <message>
        <source>Sending paused</source>
        <translation>भेजना रोका गया</translation>
    </message>
    <message>
        <source>%1 on station %2 since %3.</source>
        <translation>स्टेशन %2 पर %3 से: %1।</translation>
    </message>
    <message>
        <source>Missing: %1.</source>
        <translation>नहीं मिला: %1।</translation>
    </message>
    <message>
        <source>Selector pack when it paused: %1</source>
        <translation>रुकते समय का सिलेक्टर पैक: %1</translation>
    </message>
    <message>
        <source>Resume sending</source>
        <translation>भेजना फिर शुरू करें</translation>
    </message>
    <message>
        <source>Sending starts again on station %1. First update the selector pack (or FrontDesk), and look in the chats of the messages that may have been sent.</source>
        <translation>स्टेशन %1 पर भेजना फिर शुरू होगा। पहले सिलेक्टर पैक (या FrontDesk) अपडेट करें, और जो संदेश शायद भेजे जा चुके हैं उनकी चैट देखें।</translation>
    </message>
    <message>
        <source>No customer gets a WhatsApp message from a paused station until an administrator resumes it.</source>
        <translation>जब तक व्यवस्थापक फिर शुरू न करे, रुके हुए स्टेशन से किसी ग्राहक को WhatsApp संदेश नहीं जाएगा।</translation>
    </message>
</context>
<context>
    <name>fd::PhoneField</name>
    <message>
        <source>e.g. 98765 43210</source>
        <translation>जैसे 98765 43210</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s mobile number.</source>
        <translation>ग्राहक का मोबाइल नंबर लिखें।</translation>
    </message>
    <message>
        <source>✓ %1 — WhatsApp message will go to this number.</source>
        <translation>✓ %1 — WhatsApp संदेश इसी नंबर पर जाएगा।</translation>
    </message>
    <message>
        <source>%1 — can be saved, but no WhatsApp message: %2.</source>
        <translation>%1 — सहेजा जा सकता है, पर WhatsApp संदेश नहीं जाएगा: %2।</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>Optional. Staff numbers never get WhatsApp messages.</source>
        <translation>वैकल्पिक। स्टाफ़ के नंबरों पर कभी WhatsApp संदेश नहीं जाते।</translation>
    </message>
    <message>
        <source>✓ %1 — a staff number: WhatsApp messages never go to it.</source>
        <translation>✓ %1 — स्टाफ़ का नंबर: इस पर कभी WhatsApp संदेश नहीं जाते।</translation>
    </message>
    <message>
        <source>staff number</source>
        <translation>स्टाफ़ का नंबर</translation>
    </message>
    <message>
        <source>%1 — a staff number: it can be saved, but no WhatsApp message goes to staff.</source>
        <translation>%1 — स्टाफ़ का नंबर: सहेजा जा सकता है, पर स्टाफ़ को कोई WhatsApp संदेश नहीं जाता।</translation>
    </message>
    <message>
        <source>%1 — this customer opted out of WhatsApp messages: it can be saved, but none will go.</source>
        <translation>%1 — इस ग्राहक ने WhatsApp संदेश बंद करवा रखे हैं: सहेजा जा सकता है, पर कोई संदेश नहीं जाएगा।</translation>
    </message>
</context>
<context>
    <name>fd::PreviewTemplates</name>
    <message>
        <source>(given on saving)</source>
        <translation>(सहेजने पर मिलेगा)</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>No WhatsApp message can go yet: %1. The record is saved all the same; an administrator fills the setting in and then retries the message from the message log.</source>
        <translation>अभी कोई WhatsApp संदेश नहीं जा सकता: %1। रिकॉर्ड फिर भी सहेजा जाएगा; एडमिन सेटिंग भरकर संदेश लॉग से संदेश दोबारा भेजेगा।</translation>
    </message>
</context>
<context>
    <name>fd::RecordDialog</name>
    <message>
        <source>Customer name</source>
        <translation>ग्राहक का नाम</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>फ़ोन</translation>
    </message>
    <message>
        <source>Product or subject</source>
        <translation>उत्पाद या विषय</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>टिप्पणियाँ</translation>
    </message>
    <message>
        <source>Service type</source>
        <translation>सर्विस का प्रकार</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>सामान</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>मात्रा</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>संदर्भ</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>पता</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>टिकट</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Status note</source>
        <translation>स्थिति टिप्पणी</translation>
    </message>
    <message>
        <source>Message language</source>
        <translation>संदेश की भाषा</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>निर्धारित</translation>
    </message>
    <message>
        <source>Re-attempt date</source>
        <translation>दोबारा प्रयास की तारीख</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>पूरा होने की तारीख</translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation>इंजीनियर</translation>
    </message>
    <message>
        <source>Assigned at</source>
        <translation>सौंपने का समय</translation>
    </message>
    <message>
        <source>Status changed at</source>
        <translation>स्थिति बदलने का समय</translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation>दर्ज करने वाले</translation>
    </message>
    <message>
        <source>Entered at</source>
        <translation>दर्ज करने का समय</translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation>सुधार</translation>
    </message>
    <message>
        <source>Corrections of this record</source>
        <translation>इस रिकॉर्ड के सुधार</translation>
    </message>
    <message>
        <source>When</source>
        <translation>कब</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>किसने</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>फ़ील्ड</translation>
    </message>
    <message>
        <source>Before → after</source>
        <translation>पहले → बाद में</translation>
    </message>
    <message>
        <source>&amp;Save corrections</source>
        <translation>सुधार सहेजें(&amp;S)</translation>
    </message>
    <message>
        <source>A correction changes only this record: no message is sent for it.</source>
        <translation>सुधार केवल इस रिकॉर्ड को बदलता है: इसके लिए कोई संदेश नहीं भेजा जाता।</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Nothing to correct: every field says what the record holds.</source>
        <translation>सुधारने को कुछ नहीं: हर फ़ील्ड वही दिखाता है जो रिकॉर्ड में है।</translation>
    </message>
    <message>
        <source>Corrected — no message is sent for a correction.</source>
        <translation>सुधार किया गया — सुधार के लिए कोई संदेश नहीं भेजा जाता।</translation>
    </message>
    <message>
        <source>New</source>
        <translation>नया</translation>
    </message>
</context>
<context>
    <name>fd::SaveStatus</name>
    <message>
        <source>Result of the last save</source>
        <translation>पिछली बार सहेजने का परिणाम</translation>
    </message>
    <message>
        <source>Still saving — the database is slow to answer. What you typed is kept; you can go on working in the other tabs.</source>
        <translation>अभी भी सहेजा जा रहा है — डेटाबेस धीरे जवाब दे रहा है। आपका लिखा हुआ सुरक्षित है; आप दूसरे टैब में काम जारी रख सकते हैं।</translation>
    </message>
    <message>
        <source>No WhatsApp message for this change.</source>
        <translation>इस बदलाव पर कोई WhatsApp संदेश नहीं।</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>सहेजा जा रहा है…</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>सहेजा नहीं गया: %1</translation>
    </message>
    <message>
        <source>Not saved yet — the database cannot be reached (%1). What you typed is kept and will be saved as soon as the database is back; you can also press Save again.</source>
        <translation>अभी सहेजा नहीं गया — डेटाबेस से संपर्क नहीं हो पा रहा (%1)। आपका लिखा हुआ सुरक्षित है और डेटाबेस वापस आते ही सहेज दिया जाएगा; आप फिर से &quot;सहेजें&quot; भी दबा सकते हैं।</translation>
    </message>
    <message>
        <source>Not saved: %1 What you typed is kept.</source>
        <translation>सहेजा नहीं गया: %1 आपका लिखा हुआ सुरक्षित है।</translation>
    </message>
</context>
<context>
    <name>fd::SchemaUpgradeDialog</name>
    <message>
        <source>FrontDesk — upgrade the database</source>
        <translation>FrontDesk — डेटाबेस अपग्रेड करें</translation>
    </message>
    <message>
        <source>&lt;b&gt;The database needs an upgrade from schema version %1 to %2&lt;/b&gt;</source>
        <translation>&lt;b&gt;डेटाबेस को स्कीमा संस्करण %1 से %2 में अपग्रेड करना है&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;%1: %2&lt;/li&gt;</source>
        <translation>&lt;li&gt;%1: %2&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The shared database &lt;b&gt;%1&lt;/b&gt; was set up by an older FrontDesk. FrontDesk %2 needs schema version %3 and cannot work with version %4.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Upgrade now&lt;/b&gt; applies these steps in order, each in its own transaction (a step that fails is undone, and the database stays at the last finished step). Records and messages are kept. Other desks wait for a few seconds while it runs.&lt;/p&gt;&lt;ul&gt;%5&lt;/ul&gt;&lt;p&gt;Afterwards, desks that still run an older FrontDesk refuse this database until they are updated. Make sure the server&apos;s backup is recent.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Not now&lt;/b&gt; changes nothing and closes FrontDesk on this desk.&lt;/p&gt;</source>
        <translation>&lt;p&gt;साझा डेटाबेस &lt;b&gt;%1&lt;/b&gt; किसी पुराने FrontDesk ने बनाया था। FrontDesk %2 को स्कीमा संस्करण %3 चाहिए और यह संस्करण %4 के साथ काम नहीं कर सकता।&lt;/p&gt;&lt;p&gt;&lt;b&gt;अभी अपग्रेड करें&lt;/b&gt; ये चरण क्रम से चलाता है, हर एक अपने ट्रांज़ैक्शन में (जो चरण विफल हो, वह वापस हो जाता है और डेटाबेस आख़िरी पूरे हुए चरण पर रहता है)। रिकॉर्ड और संदेश सुरक्षित रहते हैं। इस दौरान दूसरे डेस्क कुछ सेकंड रुकते हैं।&lt;/p&gt;&lt;ul&gt;%5&lt;/ul&gt;&lt;p&gt;इसके बाद, जिन डेस्क पर अभी भी पुराना FrontDesk है, वे अपडेट होने तक इस डेटाबेस को अस्वीकार करेंगे। पक्का करें कि सर्वर का बैकअप हाल का है।&lt;/p&gt;&lt;p&gt;&lt;b&gt;अभी नहीं&lt;/b&gt; कुछ नहीं बदलता और इस डेस्क पर FrontDesk बंद कर देता है।&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Upgrade state</source>
        <translation>अपग्रेड की स्थिति</translation>
    </message>
    <message>
        <source>&amp;Upgrade now</source>
        <translation>अभी अपग्रेड करें(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Not now (quit)</source>
        <translation>अभी नहीं (बंद करें)(&amp;N)</translation>
    </message>
    <message>
        <source>Your database login may not change these tables, so it cannot upgrade them: %1. Ask IT to run &quot;frontdesk migrate&quot; with the login that owns them.</source>
        <translation>आपका डेटाबेस लॉगिन इन तालिकाओं को बदल नहीं सकता, इसलिए उन्हें अपग्रेड नहीं कर सकता: %1। IT से कहें कि वे इनके मालिक लॉगिन से &quot;frontdesk migrate&quot; चलाएँ।</translation>
    </message>
    <message>
        <source>Upgrading the database…</source>
        <translation>डेटाबेस अपग्रेड हो रहा है…</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>फिर से कोशिश करें(&amp;T)</translation>
    </message>
    <message>
        <source>The upgrade stopped: %1</source>
        <translation>अपग्रेड रुक गया: %1</translation>
    </message>
    <message>
        <source>Upgraded to schema version %1.</source>
        <translation>स्कीमा संस्करण %1 में अपग्रेड हो गया।</translation>
    </message>
</context>
<context>
    <name>fd::SendingHealth</name>
    <message>
        <source>read the latest failures</source>
        <translation>हाल की विफलताएँ पढ़ना</translation>
    </message>
</context>
<context>
    <name>fd::SendingHealthPanel</name>
    <message>
        <source>Sending health</source>
        <translation>भेजने की सेहत</translation>
    </message>
    <message>
        <source>Latest failures</source>
        <translation>हाल की विफलताएँ</translation>
    </message>
    <message>
        <source>When</source>
        <translation>कब</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>फ़ोन</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>रीफ़्रेश (&amp;F)</translation>
    </message>
    <message>
        <source>Engine:</source>
        <translation>इंजन:</translation>
    </message>
    <message>
        <source>WhatsApp Web:</source>
        <translation>WhatsApp Web:</translation>
    </message>
    <message>
        <source>Number sends since:</source>
        <translation>नंबर कब से भेज रहा है:</translation>
    </message>
    <message>
        <source>Last hour:</source>
        <translation>पिछला घंटा:</translation>
    </message>
    <message>
        <source>Today:</source>
        <translation>आज:</translation>
    </message>
    <message>
        <source>Warm-up:</source>
        <translation>वार्म-अप:</translation>
    </message>
    <message>
        <source>Last pause:</source>
        <translation>पिछला विराम:</translation>
    </message>
    <message>
        <source>Latest failures:</source>
        <translation>हाल की विफलताएँ:</translation>
    </message>
    <message>
        <source>Could not read the figures: %1</source>
        <translation>आँकड़े पढ़े नहीं जा सके: %1</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>%1 तक</translation>
    </message>
    <message>
        <source>this desk does not send</source>
        <translation>यह डेस्क नहीं भेजता</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>पता नहीं</translation>
    </message>
    <message>
        <source>not known (only WA-JS can read it)</source>
        <translation>पता नहीं (केवल WA-JS इसे पढ़ सकता है)</translation>
    </message>
    <message>
        <source>nothing sent yet</source>
        <translation>अभी तक कुछ नहीं भेजा गया</translation>
    </message>
    <message>
        <source>%1 (linked, as an administrator set it)</source>
        <translation>%1 (लिंक किया गया, जैसा एडमिन ने सेट किया)</translation>
    </message>
    <message>
        <source>%1 (the first message sent)</source>
        <translation>%1 (पहला भेजा गया संदेश)</translation>
    </message>
    <message>
        <source>%1 of %2 messages</source>
        <translation>%2 में से %1 संदेश</translation>
    </message>
    <message>
        <source>off</source>
        <translation>बंद</translation>
    </message>
    <message>
        <source>day %1 of %2: lower caps while the number is new</source>
        <translation>%2 में से दिन %1: नंबर नया होने तक कम सीमाएँ</translation>
    </message>
    <message>
        <source>over: the number is warm</source>
        <translation>पूरा: नंबर तैयार है</translation>
    </message>
    <message>
        <source>%1 to %2: %3</source>
        <translation>%1, %2 को: %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>कोई नहीं</translation>
    </message>
    <message>
        <source>never</source>
        <translation>कभी नहीं</translation>
    </message>
    <message>
        <source>%1, in force: %2</source>
        <translation>%1, लागू: %2</translation>
    </message>
    <message>
        <source>%1: %2; resumed %3 by %4</source>
        <translation>%1: %2; %3 को %4 ने फिर शुरू किया</translation>
    </message>
    <message>
        <source>an administrator</source>
        <translation>एक एडमिन</translation>
    </message>
</context>
<context>
    <name>fd::SendingLimits</name>
    <message>
        <source>count today&apos;s messages</source>
        <translation>आज के संदेश गिनें</translation>
    </message>
    <message>
        <source>read the latest messages sent</source>
        <translation>हाल में भेजे गए संदेश पढ़ें</translation>
    </message>
    <message>
        <source>the daily limit of %1 messages is reached</source>
        <translation>दिन की %1 संदेशों की सीमा पूरी हो गई</translation>
    </message>
    <message>
        <source>the hourly limit of %1 messages is reached</source>
        <translation>एक घंटे में %1 संदेशों की सीमा पूरी हो गई</translation>
    </message>
    <message>
        <source>a pause after %1 messages in a row</source>
        <translation>लगातार %1 संदेशों के बाद विराम</translation>
    </message>
    <message>
        <source>find the first message sent</source>
        <translation>पहला भेजा गया संदेश खोजें</translation>
    </message>
    <message>
        <source>the warm-up limit of %1 messages today is reached (a new number, day %2 of %3)</source>
        <translation>आज के %1 संदेशों की वार्म-अप सीमा पूरी हुई (नया नंबर, दिन %2 / %3)</translation>
    </message>
    <message>
        <source>the warm-up limit of %1 messages an hour is reached (a new number, day %2 of %3)</source>
        <translation>प्रति घंटे %1 संदेशों की वार्म-अप सीमा पूरी हुई (नया नंबर, दिन %2 / %3)</translation>
    </message>
</context>
<context>
    <name>fd::SendingOutlook</name>
    <message>
        <source>quiet hours until %1</source>
        <translation>%1 तक शांत समय</translation>
    </message>
    <message>
        <source>being sent now</source>
        <translation>अभी भेजा जा रहा है</translation>
    </message>
    <message>
        <source>scheduled for %1</source>
        <translation>%1 के लिए निर्धारित</translation>
    </message>
    <message>
        <source>to be tried again at %1</source>
        <translation>%1 पर फिर से कोशिश होगी</translation>
    </message>
    <message>
        <source>tomorrow %1</source>
        <translation>कल %1</translation>
    </message>
    <message>
        <source>due: goes with the next send</source>
        <translation>तैयार: अगली बार भेजने में जाएगा</translation>
    </message>
    <message>
        <source>%1 · the next goes at %2</source>
        <translation>%1 · अगला %2 पर जाएगा</translation>
    </message>
</context>
<context>
    <name>fd::SendingStation</name>
    <message>
        <source>Sending waits: %1</source>
        <translation>भेजना रुका हुआ है: %1</translation>
    </message>
    <message>
        <source>Sending through the WhatsApp Cloud API</source>
        <translation>WhatsApp Cloud API से भेजा जा रहा है</translation>
    </message>
    <message>
        <source>Cloud API: %1</source>
        <translation>Cloud API: %1</translation>
    </message>
    <message>
        <source>Sending stopped: %1</source>
        <translation>भेजना बंद हो गया: %1</translation>
    </message>
    <message>
        <source>Sending resumed on station %1.</source>
        <translation>स्टेशन %1 पर भेजना फिर शुरू हुआ।</translation>
    </message>
    <message>
        <source>Station %1 was no longer paused.</source>
        <translation>स्टेशन %1 पर भेजना अब रुका हुआ नहीं था।</translation>
    </message>
    <message>
        <source>This login may not send messages: ask IT or an admin to grant it the sender role</source>
        <translation>यह लॉगिन संदेश नहीं भेज सकता: IT या किसी व्यवस्थापक से इसे sender भूमिका देने को कहें</translation>
    </message>
</context>
<context>
    <name>fd::ServiceRequestsTab</name>
    <message>
        <source>New service request</source>
        <translation>नया सेवा अनुरोध</translation>
    </message>
    <message>
        <source>Service type</source>
        <translation>सेवा का प्रकार</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>मरम्मत</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>इंस्टॉलेशन</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>रखरखाव</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>डेमो</translation>
    </message>
    <message>
        <source>Warranty check</source>
        <translation>वारंटी जाँच</translation>
    </message>
    <message>
        <source>Problem description</source>
        <translation>समस्या का विवरण</translation>
    </message>
    <message>
        <source>Scheduled date</source>
        <translation>निर्धारित तारीख</translation>
    </message>
    <message>
        <source>&amp;Create request</source>
        <translation>अनुरोध बनाएँ(&amp;C)</translation>
    </message>
    <message>
        <source>Create the service request (Ctrl+S)</source>
        <translation>सेवा अनुरोध बनाएँ (Ctrl+S)</translation>
    </message>
    <message>
        <source>Service &amp;type:</source>
        <translation>सेवा का प्रकार(&amp;T):</translation>
    </message>
    <message>
        <source>Descr&amp;iption:</source>
        <translation>विवरण(&amp;I):</translation>
    </message>
    <message>
        <source>Sched&amp;uled:</source>
        <translation>निर्धारित(&amp;U):</translation>
    </message>
    <message>
        <source>Service requests</source>
        <translation>सेवा अनुरोध</translation>
    </message>
    <message>
        <source>Show service requests with status</source>
        <translation>इस स्थिति वाले सेवा अनुरोध दिखाएँ</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>टिकट</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>ग्राहक</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>फ़ोन</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>सेवा</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>निर्धारित</translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation>इंजीनियर</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>पूरा हुआ</translation>
    </message>
    <message>
        <source>Sh&amp;ow:</source>
        <translation>दिखाएँ(&amp;O):</translation>
    </message>
    <message>
        <source>Selected request</source>
        <translation>चुना गया अनुरोध</translation>
    </message>
    <message>
        <source>Select a request in the list.</source>
        <translation>सूची में से एक अनुरोध चुनें।</translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation>सौंपें(&amp;A)</translation>
    </message>
    <message>
        <source>Completed date</source>
        <translation>पूरा होने की तारीख</translation>
    </message>
    <message>
        <source>Mar&amp;k completed</source>
        <translation>पूरा चिह्नित करें(&amp;K)</translation>
    </message>
    <message>
        <source>Feedback link QR code</source>
        <translation>फ़ीडबैक लिंक का QR कोड</translation>
    </message>
    <message>
        <source>P&amp;rint job sheet…</source>
        <translation>जॉब शीट प्रिंट करें(&amp;R)…</translation>
    </message>
    <message>
        <source>Print the job sheet (Ctrl+P)</source>
        <translation>जॉब शीट प्रिंट करें (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Engineer:</source>
        <translation>इंजीनियर(&amp;E):</translation>
    </message>
    <message>
        <source>Co&amp;mpleted on:</source>
        <translation>पूरा होने की तारीख(&amp;M):</translation>
    </message>
    <message>
        <source>%1 — %2, %3 (%4)</source>
        <translation>%1 — %2, %3 (%4)</translation>
    </message>
    <message>
        <source>No engineers yet: an administrator adds them under Settings → Staff.</source>
        <translation>अभी कोई इंजीनियर नहीं: व्यवस्थापक उन्हें सेटिंग्स → स्टाफ़ में जोड़ते हैं।</translation>
    </message>
    <message>
        <source>Completed on %1. No feedback link is set in Settings.</source>
        <translation>%1 को पूरा हुआ। सेटिंग्स में कोई फ़ीडबैक लिंक सेट नहीं है।</translation>
    </message>
    <message>
        <source>Completed on %1. Feedback link:
%2</source>
        <translation>%1 को पूरा हुआ। फ़ीडबैक लिंक:
%2</translation>
    </message>
    <message>
        <source>enter the type of service.</source>
        <translation>सेवा का प्रकार लिखें।</translation>
    </message>
    <message>
        <source>Service request %1 created.</source>
        <translation>सेवा अनुरोध %1 बनाया गया।</translation>
    </message>
    <message>
        <source>%1 assigned to %2.</source>
        <translation>%1 %2 को सौंपा गया।</translation>
    </message>
    <message>
        <source>%1 marked completed.</source>
        <translation>%1 पूरा चिह्नित किया गया।</translation>
    </message>
    <message>
        <source>Print job sheet %1</source>
        <translation>जॉब शीट %1 प्रिंट करें</translation>
    </message>
    <message>
        <source>Assign an engineer first.</source>
        <translation>पहले कोई इंजीनियर सौंपें।</translation>
    </message>
    <message>
        <source>This request is %1.</source>
        <translation>यह अनुरोध %1 है।</translation>
    </message>
    <message>
        <source>Mark completed</source>
        <translation>पूरा चिह्नित करें</translation>
    </message>
    <message>
        <source>Mark %1 (%2) completed on %3?

The customer gets the “service completed” WhatsApp message with the feedback link at once. This cannot be undone.</source>
        <translation>%1 (%2) को %3 को पूरा चिह्नित करें?

ग्राहक को फ़ीडबैक लिंक के साथ “सर्विस पूरी” वाला WhatsApp संदेश तुरंत भेजा जाएगा। इसे वापस नहीं लिया जा सकता।</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>All of the selected request; correct a typo (Enter on the row)</source>
        <translation>चुना गया अनुरोध पूरा; टाइपिंग की गलती सुधारें (पंक्ति पर Enter)</translation>
    </message>
</context>
<context>
    <name>fd::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>सेटिंग्स</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>कंपनी</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>भेजना</translation>
    </message>
    <message>
        <source>Staff phones</source>
        <translation>स्टाफ़ के फ़ोन</translation>
    </message>
    <message>
        <source>Opted-out customers</source>
        <translation>संदेश बंद करवाने वाले ग्राहक</translation>
    </message>
    <message>
        <source>Message texts</source>
        <translation>संदेशों के पाठ</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>कंपनी का नाम</translation>
    </message>
    <message>
        <source>Company phone</source>
        <translation>कंपनी का फ़ोन</translation>
    </message>
    <message>
        <source>Tracking link</source>
        <translation>ट्रैकिंग लिंक</translation>
    </message>
    <message>
        <source>Feedback link</source>
        <translation>फ़ीडबैक लिंक</translation>
    </message>
    <message>
        <source>Company &amp;name</source>
        <translation>कंपनी का नाम(&amp;N)</translation>
    </message>
    <message>
        <source>Company &amp;phone</source>
        <translation>कंपनी का फ़ोन(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Tracking link</source>
        <translation>ट्रैकिंग लिंक(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Feedback link</source>
        <translation>फ़ीडबैक लिंक(&amp;F)</translation>
    </message>
    <message>
        <source>Links must start with https:// or http:// and contain {ticket_id}, which is replaced by the service ticket.</source>
        <translation>लिंक https:// या http:// से शुरू होने चाहिए और उनमें {ticket_id} होना चाहिए, जिसकी जगह सेवा टिकट आता है।</translation>
    </message>
    <message>
        <source>Shortest gap between messages</source>
        <translation>संदेशों के बीच सबसे छोटा अंतर</translation>
    </message>
    <message>
        <source> s</source>
        <translation> से.</translation>
    </message>
    <message>
        <source>Longest gap between messages</source>
        <translation>संदेशों के बीच सबसे लंबा अंतर</translation>
    </message>
    <message>
        <source>Messages a day at most</source>
        <translation>एक दिन में अधिकतम संदेश</translation>
    </message>
    <message>
        <source>Quiet hours start</source>
        <translation>शांत समय की शुरुआत</translation>
    </message>
    <message>
        <source>Quiet hours end</source>
        <translation>शांत समय का अंत</translation>
    </message>
    <message>
        <source>This desk sends WhatsApp messages</source>
        <translation>यह डेस्क WhatsApp संदेश भेजता है</translation>
    </message>
    <message>
        <source>Selector pack file</source>
        <translation>सिलेक्टर पैक फ़ाइल</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>अंतर्निहित</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>चुनें…</translation>
    </message>
    <message>
        <source>to</source>
        <translation>से</translation>
    </message>
    <message>
        <source>&lt;b&gt;For every desk&lt;/b&gt;</source>
        <translation>&lt;b&gt;हर डेस्क के लिए&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Random gap between messages</source>
        <translation>संदेशों के बीच अनियमित अंतर</translation>
    </message>
    <message>
        <source>&amp;Daily cap</source>
        <translation>दैनिक सीमा(&amp;D)</translation>
    </message>
    <message>
        <source>Quiet hours (local time)</source>
        <translation>शांत समय (स्थानीय समय)</translation>
    </message>
    <message>
        <source>&lt;b&gt;For this desk only&lt;/b&gt;</source>
        <translation>&lt;b&gt;केवल इस डेस्क के लिए&lt;/b&gt;</translation>
    </message>
    <message>
        <source>WhatsApp selector pack</source>
        <translation>WhatsApp सिलेक्टर पैक</translation>
    </message>
    <message>
        <source>Reading the settings…</source>
        <translation>सेटिंग्स पढ़ी जा रही हैं…</translation>
    </message>
    <message>
        <source>The shortest gap (%1 s) is longer than the longest gap (%2 s).</source>
        <translation>सबसे छोटा अंतर (%1 से.) सबसे लंबे अंतर (%2 से.) से बड़ा है।</translation>
    </message>
    <message>
        <source>The selector pack %1 does not exist.</source>
        <translation>सिलेक्टर पैक %1 मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>सेटिंग्स सहेजी गईं।</translation>
    </message>
    <message>
        <source>Selector packs (*.json);;All files (*)</source>
        <translation>सिलेक्टर पैक (*.json);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>Customers&apos; message language a new form starts with</source>
        <translation>नए फ़ॉर्म में ग्राहकों के संदेश की शुरुआती भाषा</translation>
    </message>
    <message>
        <source>New customers&apos; message &amp;language</source>
        <translation>नए ग्राहकों के संदेश की भाषा(&amp;L)</translation>
    </message>
    <message>
        <source>Check WhatsApp with a message to our own number before sending to customers</source>
        <translation>ग्राहकों को भेजने से पहले अपने नंबर पर संदेश भेजकर WhatsApp जाँचें</translation>
    </message>
    <message>
        <source>Before the first customer message of a sending session, and after every selector-pack change, a short message goes to the business&apos;s own WhatsApp chat. If it does not arrive with its tick, the station pauses and no customer gets a message.</source>
        <translation>भेजने के हर सत्र के पहले ग्राहक संदेश से पहले, और हर सेलेक्टर पैक बदलने के बाद, व्यवसाय की अपनी WhatsApp चैट में एक छोटा संदेश जाता है. अगर वह अपने टिक के साथ नहीं पहुँचता, तो स्टेशन रुक जाता है और किसी ग्राहक को संदेश नहीं जाता.</translation>
    </message>
    <message>
        <source>The business&apos;s WhatsApp number</source>
        <translation>व्यवसाय का WhatsApp नंबर</translation>
    </message>
    <message>
        <source>The company phone, if it is a mobile</source>
        <translation>कंपनी का फ़ोन, अगर वह मोबाइल है</translation>
    </message>
    <message>
        <source>Business&apos;s &amp;WhatsApp number</source>
        <translation>व्यवसाय का &amp;WhatsApp नंबर</translation>
    </message>
    <message>
        <source>%1 is not a number WhatsApp can take (the business&apos;s WhatsApp number).</source>
        <translation>%1 ऐसा नंबर नहीं है जिस पर WhatsApp चले (व्यवसाय का WhatsApp नंबर).</translation>
    </message>
    <message>
        <source>The settings were changed but not saved.</source>
        <translation>सेटिंग्स बदली गईं पर सहेजी नहीं गईं।</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>सहेजें(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>बदलाव छोड़ दें(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>बदलाव जारी रखें(&amp;K)</translation>
    </message>
    <message>
        <source>Messages an hour at most</source>
        <translation>एक घंटे में अधिकतम संदेश</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>कोई सीमा नहीं</translation>
    </message>
    <message>
        <source>Messages in a row before a pause</source>
        <translation>विराम से पहले लगातार संदेश</translation>
    </message>
    <message>
        <source>no pauses</source>
        <translation>कोई विराम नहीं</translation>
    </message>
    <message>
        <source>Length of the pause between batches</source>
        <translation>समूहों के बीच विराम की अवधि</translation>
    </message>
    <message>
        <source>after every</source>
        <translation>हर</translation>
    </message>
    <message>
        <source>messages</source>
        <translation>संदेशों के बाद</translation>
    </message>
    <message>
        <source>Hourly cap</source>
        <translation>प्रति घंटा सीमा</translation>
    </message>
    <message>
        <source>A pause of</source>
        <translation>विराम</translation>
    </message>
    <message>
        <source>WhatsApp engine</source>
        <translation>WhatsApp इंजन</translation>
    </message>
    <message>
        <source>Automatic: WA-JS when it works on the page, else the DOM driver</source>
        <translation>स्वचालित: पेज पर चले तो WA-JS, नहीं तो DOM ड्राइवर</translation>
    </message>
    <message>
        <source>WA-JS only</source>
        <translation>केवल WA-JS</translation>
    </message>
    <message>
        <source>DOM driver only</source>
        <translation>केवल DOM ड्राइवर</translation>
    </message>
    <message>
        <source>How this desk drives WhatsApp Web. WA-JS calls WhatsApp&apos;s own functions; the DOM driver works the page as a person would, with the selector pack. A change takes effect the next time someone signs in on this desk.</source>
        <translation>यह डेस्क WhatsApp Web को कैसे चलाता है। WA-JS WhatsApp के अपने फ़ंक्शन बुलाता है; DOM ड्राइवर सिलेक्टर पैक से पेज को वैसे चलाता है जैसे कोई व्यक्ति। बदलाव अगली बार इस डेस्क पर साइन इन करने पर लागू होता है।</translation>
    </message>
    <message>
        <source>Days a new number warms up</source>
        <translation>नया नंबर कितने दिन वार्म-अप करे</translation>
    </message>
    <message>
        <source> days</source>
        <translation> दिन</translation>
    </message>
    <message>
        <source>no warm-up</source>
        <translation>कोई वार्म-अप नहीं</translation>
    </message>
    <message>
        <source>A newly linked WhatsApp number starts at 50 messages a day and 20 an hour, and reaches the caps above after this many days.</source>
        <translation>नया जुड़ा WhatsApp नंबर दिन में 50 और घंटे में 20 संदेशों से शुरू होता है, और इतने दिनों बाद ऊपर की सीमाओं तक पहुँचता है।</translation>
    </message>
    <message>
        <source>A new WhatsApp number was linked: start its warm-up today</source>
        <translation>नया WhatsApp नंबर जोड़ा गया: उसका वार्म-अप आज से शुरू करें</translation>
    </message>
    <message>
        <source>Warm-up of a new number</source>
        <translation>नए नंबर का वार्म-अप</translation>
    </message>
    <message>
        <source>The warm-up counts from %1.</source>
        <translation>वार्म-अप %1 से गिना जाता है।</translation>
    </message>
    <message>
        <source>The warm-up counts from the first message ever sent.</source>
        <translation>वार्म-अप पहले भेजे गए संदेश से गिना जाता है।</translation>
    </message>
    <message>
        <source>WA-JS file</source>
        <translation>WA-JS फ़ाइल</translation>
    </message>
    <message>
        <source>Built-in (WA-JS %1)</source>
        <translation>बिल्ट-इन (WA-JS %1)</translation>
    </message>
    <message>
        <source>Choose and check…</source>
        <translation>चुनें और जाँचें…</translation>
    </message>
    <message>
        <source>A newer wppconnect-wa.js (from the @wppconnect/wa-js package) for the weeks when WhatsApp changed faster than FrontDesk was updated. It is checked first; the built-in file stays the fallback.</source>
        <translation>नया wppconnect-wa.js (@wppconnect/wa-js पैकेज से), उन हफ़्तों के लिए जब WhatsApp FrontDesk के अपडेट से तेज़ बदला। पहले इसकी जाँच होती है; बिल्ट-इन फ़ाइल विकल्प के रूप में रहती है।</translation>
    </message>
    <message>
        <source>JavaScript (*.js);;All files (*)</source>
        <translation>JavaScript (*.js);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>This desk uses the built-in WA-JS from the next sign-in.</source>
        <translation>यह डेस्क अगले साइन-इन से बिल्ट-इन WA-JS उपयोग करेगा।</translation>
    </message>
    <message>
        <source>Checking %1 …</source>
        <translation>%1 की जाँच हो रही है …</translation>
    </message>
    <message>
        <source>WA-JS %1 loads and reports its version: this desk uses it from the next sign-in (after Save).</source>
        <translation>WA-JS %1 लोड होती है और अपना संस्करण बताती है: यह डेस्क अगले साइन-इन से इसे उपयोग करेगा (सहेजने के बाद)।</translation>
    </message>
    <message>
        <source>Not used: %1</source>
        <translation>उपयोग नहीं: %1</translation>
    </message>
</context>
<context>
    <name>fd::SingleInstance</name>
    <message>
        <source>Could not take the start-up lock %1.</source>
        <translation>स्टार्ट-अप लॉक %1 नहीं लिया जा सका।</translation>
    </message>
    <message>
        <source>Could not listen for later launches: %1</source>
        <translation>बाद में खुलने वाले FrontDesk को सुना नहीं जा सकता: %1</translation>
    </message>
</context>
<context>
    <name>fd::StaffPhonesEditor</name>
    <message>
        <source>Staff phones</source>
        <translation>स्टाफ़ के फ़ोन</translation>
    </message>
    <message>
        <source>Staff phone to add</source>
        <translation>जोड़ने के लिए स्टाफ़ फ़ोन</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>फ़ोन</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>जोड़ें</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <source>Staff phones never get a message. Users&apos; and engineers&apos; own phones are recognised without being listed here.</source>
        <translation>स्टाफ़ के फ़ोन पर कभी संदेश नहीं जाता। यूज़र और इंजीनियरों के अपने फ़ोन यहाँ लिखे बिना भी पहचाने जाते हैं।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation>&quot;%1&quot; फ़ोन नंबर नहीं है।</translation>
    </message>
</context>
<context>
    <name>fd::TemplateEditor</name>
    <message>
        <source>Event</source>
        <translation>घटना</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>भाषा</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>संदेश का पाठ</translation>
    </message>
    <message>
        <source>Placeholders: double-click to insert</source>
        <translation>प्लेसहोल्डर: डालने के लिए डबल-क्लिक करें</translation>
    </message>
    <message>
        <source>Double-click or press Enter to insert at the cursor.</source>
        <translation>कर्सर की जगह डालने के लिए डबल-क्लिक करें या Enter दबाएँ।</translation>
    </message>
    <message>
        <source>Preview with sample data</source>
        <translation>नमूना डेटा के साथ पूर्वावलोकन</translation>
    </message>
    <message>
        <source>Save text</source>
        <translation>पाठ सहेजें</translation>
    </message>
    <message>
        <source>Reset to shipped text</source>
        <translation>मूल पाठ पर लौटें</translation>
    </message>
    <message>
        <source>&amp;Event</source>
        <translation>घटना(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>भाषा(&amp;L)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>पाठ</translation>
    </message>
    <message>
        <source>Placeholders</source>
        <translation>प्लेसहोल्डर</translation>
    </message>
    <message>
        <source>Your text (saved)</source>
        <translation>आपका पाठ (सहेजा हुआ)</translation>
    </message>
    <message>
        <source>The shipped text</source>
        <translation>मूल पाठ</translation>
    </message>
    <message>
        <source>Cannot be saved: %1</source>
        <translation>सहेजा नहीं जा सकता: %1</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>अभी सहेजा नहीं गया।</translation>
    </message>
    <message>
        <source>Saved. New messages use this text.</source>
        <translation>सहेजा गया। नए संदेश इसी पाठ का उपयोग करेंगे।</translation>
    </message>
    <message>
        <source>The shipped text is used again.</source>
        <translation>फिर से मूल पाठ का उपयोग हो रहा है।</translation>
    </message>
</context>
<context>
    <name>fd::UserActionsPanel</name>
    <message>
        <source>Selected person</source>
        <translation>चुना गया व्यक्ति</translation>
    </message>
    <message>
        <source>Select a person in the list.</source>
        <translation>सूची में से एक व्यक्ति चुनें।</translation>
    </message>
    <message>
        <source>Disa&amp;ble</source>
        <translation>निष्क्रिय करें(&amp;B)</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>नई भूमिका</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>रिसेप्शन</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>व्यवस्थापक</translation>
    </message>
    <message>
        <source>Change ro&amp;le</source>
        <translation>भूमिका बदलें(&amp;L)</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>नया पासवर्ड</translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation>कम से कम 8 अक्षर</translation>
    </message>
    <message>
        <source>Set new pa&amp;ssword</source>
        <translation>नया पासवर्ड सेट करें(&amp;S)</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>भूमिका(&amp;O):</translation>
    </message>
    <message>
        <source>New pass&amp;word:</source>
        <translation>नया पासवर्ड(&amp;W):</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>व्यवस्थापक</translation>
    </message>
    <message>
        <source>reception</source>
        <translation>रिसेप्शन</translation>
    </message>
    <message>
        <source>%1 (&quot;%2&quot;, %3)</source>
        <translation>%1 (&quot;%2&quot;, %3)</translation>
    </message>
    <message>
        <source>%1 (&quot;%2&quot;, %3) — disabled, cannot sign in</source>
        <translation>%1 (&quot;%2&quot;, %3) — निष्क्रिय, साइन इन नहीं कर सकते</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>चालू करें(&amp;E)</translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation>%1 फिर से साइन इन कर सकते हैं।</translation>
    </message>
    <message>
        <source>%1 is disabled and cannot sign in.</source>
        <translation>%1 निष्क्रिय हैं और साइन इन नहीं कर सकते।</translation>
    </message>
    <message>
        <source>%1 is now an administrator.</source>
        <translation>%1 अब व्यवस्थापक हैं।</translation>
    </message>
    <message>
        <source>%1 now works at reception.</source>
        <translation>%1 अब रिसेप्शन पर काम करते हैं।</translation>
    </message>
    <message>
        <source>%1 signs in with the new password from now on.</source>
        <translation>%1 अब से नए पासवर्ड से साइन इन करेंगे।</translation>
    </message>
    <message>
        <source>Sends messages</source>
        <translation>संदेश भेजता है</translation>
    </message>
    <message>
        <source>Sends messages: on a one-desk database the desk sends, whoever signs in</source>
        <translation>संदेश भेजता है: एक-डेस्क डेटाबेस पर डेस्क भेजता है, चाहे कोई भी साइन इन करे</translation>
    </message>
    <message>
        <source>Sends messages (administrators always may)</source>
        <translation>संदेश भेजता है (व्यवस्थापक हमेशा भेज सकते हैं)</translation>
    </message>
    <message>
        <source>%1 may send messages from now on (at the next sign-in).</source>
        <translation>%1 अब से संदेश भेज सकता है (अगले साइन-इन पर)।</translation>
    </message>
    <message>
        <source>%1 may no longer send messages.</source>
        <translation>%1 अब संदेश नहीं भेज सकता।</translation>
    </message>
</context>
<context>
    <name>fd::UsersPage</name>
    <message>
        <source>Add a person</source>
        <translation>व्यक्ति जोड़ें</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>पूरा नाम</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>यूज़र नेम</translation>
    </message>
    <message>
        <source>Mobile phone (staff, never messaged)</source>
        <translation>मोबाइल फ़ोन (स्टाफ़, इस पर संदेश कभी नहीं जाते)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>भूमिका</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>रिसेप्शन</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>व्यवस्थापक</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>पासवर्ड</translation>
    </message>
    <message>
        <source>&amp;Add person</source>
        <translation>व्यक्ति जोड़ें(&amp;A)</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>पूरा नाम(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>यूज़र नेम(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>भूमिका(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>पासवर्ड(&amp;P):</translation>
    </message>
    <message>
        <source>On PostgreSQL each person gets a database login of their own.</source>
        <translation>PostgreSQL पर हर व्यक्ति को अपना अलग डेटाबेस लॉगिन मिलता है।</translation>
    </message>
    <message>
        <source>People who can sign in</source>
        <translation>साइन इन कर सकने वाले लोग</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>सक्रिय</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>हाँ</translation>
    </message>
    <message>
        <source>no</source>
        <translation>नहीं</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>पिछला साइन-इन</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>यूज़र</translation>
    </message>
    <message>
        <source>%1 can now sign in as &quot;%2&quot;.</source>
        <translation>%1 अब &quot;%2&quot; नाम से साइन इन कर सकते हैं।</translation>
    </message>
    <message>
        <source>Sends messages</source>
        <translation>संदेश भेजता है</translation>
    </message>
    <message>
        <source>Sends messages: on a one-desk database the desk sends, whoever signs in</source>
        <translation>संदेश भेजता है: एक-डेस्क डेटाबेस पर डेस्क भेजता है, चाहे कोई भी साइन इन करे</translation>
    </message>
    <message>
        <source>Sends messages (administrators always may)</source>
        <translation>संदेश भेजता है (व्यवस्थापक हमेशा भेज सकते हैं)</translation>
    </message>
</context>
<context>
    <name>fd::WhatsAppTab</name>
    <message>
        <source>WhatsApp state</source>
        <translation>WhatsApp की स्थिति</translation>
    </message>
    <message>
        <source>Use here</source>
        <translation>यहाँ उपयोग करें</translation>
    </message>
    <message>
        <source>Take WhatsApp over from the other window, so this desk sends the messages.</source>
        <translation>दूसरी विंडो से WhatsApp यहाँ ले आएँ, ताकि संदेश यही डेस्क भेजे।</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>फिर से लोड करें</translation>
    </message>
    <message>
        <source>Check WhatsApp page</source>
        <translation>WhatsApp पेज जाँचें</translation>
    </message>
    <message>
        <source>Lists which parts of the WhatsApp page FrontDesk finds and which it misses.</source>
        <translation>बताता है कि FrontDesk को WhatsApp पेज के कौन-से हिस्से मिले और कौन-से नहीं।</translation>
    </message>
    <message>
        <source>Sending notice</source>
        <translation>भेजने की सूचना</translation>
    </message>
    <message>
        <source>WhatsApp page check</source>
        <translation>WhatsApp पेज की जाँच</translation>
    </message>
    <message>
        <source>WhatsApp Web</source>
        <translation>WhatsApp Web</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sending a message now: please do not click or type in the WhatsApp page until it is done.&lt;/b&gt;</source>
        <translation>&lt;b&gt;अभी एक संदेश भेजा जा रहा है: पूरा होने तक WhatsApp पेज पर क्लिक या टाइप न करें।&lt;/b&gt;</translation>
    </message>
    <message>
        <source>FrontDesk sends the customers&apos; messages through this page. While a message is being sent, leave the page alone: a click or a keystroke can interrupt it.</source>
        <translation>FrontDesk ग्राहकों के संदेश इसी पेज से भेजता है। जब कोई संदेश भेजा जा रहा हो, पेज को न छुएँ: एक क्लिक या कीस्ट्रोक उसे रोक सकता है।</translation>
    </message>
    <message>
        <source>Checking the WhatsApp page ...</source>
        <translation>WhatsApp पेज की जाँच हो रही है ...</translation>
    </message>
    <message>
        <source>Selector pack: %1, version %2</source>
        <translation>सिलेक्टर पैक: %1, संस्करण %2</translation>
    </message>
    <message>
        <source>Resume sending</source>
        <translation>भेजना फिर शुरू करें</translation>
    </message>
    <message>
        <source>Resume sending on station %1?

Do this after the selector pack (or FrontDesk) was updated and &quot;Check WhatsApp page&quot; finds everything. Messages marked &quot;may have been sent&quot; stay failed: look in each chat before retrying them.</source>
        <translation>स्टेशन %1 पर भेजना फिर शुरू करें?

यह सिलेक्टर पैक (या FrontDesk) अपडेट होने और &quot;WhatsApp पेज जाँचें&quot; में सब कुछ मिलने के बाद ही करें। &quot;शायद भेजा जा चुका है&quot; वाले संदेश विफल ही रहेंगे: दोबारा भेजने से पहले हर चैट देखें।</translation>
    </message>
    <message>
        <source>Sending is off on this desk (Settings, &quot;This desk sends WhatsApp messages&quot;). Tick it there to send from this desk again.</source>
        <translation>इस डेस्क पर भेजना बंद है (सेटिंग्स, &quot;यह डेस्क WhatsApp संदेश भेजता है&quot;)। इस डेस्क से फिर भेजने के लिए वहाँ इसे चुनें।</translation>
    </message>
    <message>
        <source>WhatsApp engine</source>
        <translation>WhatsApp इंजन</translation>
    </message>
    <message>
        <source>WA-JS calls WhatsApp&apos;s own functions; the DOM driver works the page as a person would. Settings, &quot;WhatsApp engine&quot;, chooses for this desk.</source>
        <translation>WA-JS WhatsApp के अपने फ़ंक्शन बुलाता है; DOM ड्राइवर पेज को वैसे चलाता है जैसे कोई व्यक्ति। सेटिंग्स में &quot;WhatsApp इंजन&quot; इस डेस्क के लिए चुनता है।</translation>
    </message>
    <message>
        <source>Engine: %1</source>
        <translation>इंजन: %1</translation>
    </message>
    <message>
        <source>Sending &amp;health</source>
        <translation>भेजने की सेहत (&amp;H)</translation>
    </message>
    <message>
        <source>Messages this hour and today against the limits, the warm-up of a new number, the last pause and the latest failures.</source>
        <translation>सीमाओं के मुकाबले इस घंटे और आज के संदेश, नए नंबर का वार्म-अप, पिछला विराम और हाल की विफलताएँ।</translation>
    </message>
</context>
<context>
    <name>fd::form</name>
    <message>
        <source>enter the customer&apos;s name.</source>
        <translation>ग्राहक का नाम लिखें।</translation>
    </message>
</context>
<context>
    <name>fd::whatsapp::Engine</name>
    <message>
        <source>automatic</source>
        <translation>स्वचालित</translation>
    </message>
    <message>
        <source>DOM driver</source>
        <translation>DOM ड्राइवर</translation>
    </message>
</context>
<context>
    <name>fd::whatsapp::WaJsEngine</name>
    <message>
        <source>WA-JS is not in the page yet</source>
        <translation>WA-JS अभी पेज में नहीं है</translation>
    </message>
    <message>
        <source>WA-JS has not found WhatsApp&apos;s modules on the page</source>
        <translation>WA-JS को पेज पर WhatsApp के मॉड्यूल नहीं मिले</translation>
    </message>
    <message>
        <source>WA-JS is starting</source>
        <translation>WA-JS शुरू हो रहा है</translation>
    </message>
    <message>
        <source>WhatsApp Web is not signed in</source>
        <translation>WhatsApp Web में साइन इन नहीं है</translation>
    </message>
    <message>
        <source>WhatsApp blocked this account (%1)</source>
        <translation>WhatsApp ने यह खाता ब्लॉक किया (%1)</translation>
    </message>
    <message>
        <source>WhatsApp restricted this account (%1)</source>
        <translation>WhatsApp ने इस खाते पर रोक लगाई (%1)</translation>
    </message>
    <message>
        <source>WhatsApp signed this desk out (%1)</source>
        <translation>WhatsApp ने इस डेस्क को साइन आउट किया (%1)</translation>
    </message>
    <message>
        <source>WA-JS %1 is ready</source>
        <translation>WA-JS %1 तैयार है</translation>
    </message>
    <message>
        <source>WA-JS did not load in the page</source>
        <translation>WA-JS पेज में लोड नहीं हुआ</translation>
    </message>
    <message>
        <source>WA-JS did not find WhatsApp&apos;s modules on this page</source>
        <translation>WA-JS को इस पेज पर WhatsApp के मॉड्यूल नहीं मिले</translation>
    </message>
    <message numerus="yes">
        <source>WA-JS did not report ready within %n second(s)</source>
        <translation>
            <numerusform>WA-JS ने %n सेकंड में तैयार होने की सूचना नहीं दी</numerusform>
            <numerusform>WA-JS ने %n सेकंड में तैयार होने की सूचना नहीं दी</numerusform>
        </translation>
    </message>
    <message>
        <source>the page did not take the job</source>
        <translation>पेज ने काम नहीं लिया</translation>
    </message>
    <message>
        <source>the page stopped answering</source>
        <translation>पेज ने जवाब देना बंद कर दिया</translation>
    </message>
    <message numerus="yes">
        <source>no answer within %n second(s)</source>
        <translation>
            <numerusform>%n सेकंड में कोई जवाब नहीं</numerusform>
            <numerusform>%n सेकंड में कोई जवाब नहीं</numerusform>
        </translation>
    </message>
    <message>
        <source>not sent: WA-JS could not check the number (%1)</source>
        <translation>नहीं भेजा गया: WA-JS नंबर जाँच नहीं सका (%1)</translation>
    </message>
    <message>
        <source>WA-JS failed on this page: %1</source>
        <translation>WA-JS इस पेज पर विफल रहा: %1</translation>
    </message>
    <message>
        <source>not a WhatsApp number (WA-JS found no account)</source>
        <translation>WhatsApp नंबर नहीं है (WA-JS को कोई खाता नहीं मिला)</translation>
    </message>
    <message>
        <source>the station stopped before the message was sent</source>
        <translation>संदेश भेजे जाने से पहले स्टेशन रुक गया</translation>
    </message>
    <message>
        <source>WhatsApp could not send it</source>
        <translation>WhatsApp इसे भेज नहीं सका</translation>
    </message>
    <message>
        <source>may have been sent: WhatsApp&apos;s server did not confirm it</source>
        <translation>शायद भेजा गया: WhatsApp के सर्वर ने पुष्टि नहीं की</translation>
    </message>
    <message>
        <source>may have been sent: WA-JS was sending it, then %1</source>
        <translation>शायद भेजा गया: WA-JS इसे भेज रहा था, फिर %1</translation>
    </message>
</context>
<context>
    <name>fd::whatsapp::WaJsFileCheck</name>
    <message>
        <source>%1 did not load within %2 s.</source>
        <translation>%1 %2 सेकंड में लोड नहीं हुई।</translation>
    </message>
    <message>
        <source>%1 does not load: %2</source>
        <translation>%1 लोड नहीं होती: %2</translation>
    </message>
    <message>
        <source>The page that checks WA-JS did not load.</source>
        <translation>WA-JS की जाँच करने वाला पेज लोड नहीं हुआ।</translation>
    </message>
    <message>
        <source>%1 loads but reports no version (window.WPP.version).</source>
        <translation>%1 लोड होती है पर कोई संस्करण नहीं बताती (window.WPP.version)।</translation>
    </message>
</context>
<context>
    <name>fd::whatsapp::WhatsAppSession</name>
    <message>
        <source>The WhatsApp address &quot;%1&quot; is not an http(s) URL.</source>
        <translation>WhatsApp पता &quot;%1&quot; http(s) URL नहीं है।</translation>
    </message>
    <message>
        <source>Cannot create the WhatsApp profile folder %1.</source>
        <translation>WhatsApp प्रोफ़ाइल फ़ोल्डर %1 नहीं बनाया जा सकता।</translation>
    </message>
    <message>
        <source>WhatsApp Web could not be loaded from %1: %2. Trying again shortly.</source>
        <translation>WhatsApp Web को %1 से लोड नहीं किया जा सका: %2। थोड़ी देर में फिर कोशिश होगी।</translation>
    </message>
    <message>
        <source>WhatsApp Web refuses this browser (user agent &quot;%1&quot;). Update FrontDesk or set a newer user agent in the selector pack.</source>
        <translation>WhatsApp Web इस ब्राउज़र को स्वीकार नहीं करता (user agent &quot;%1&quot;)। FrontDesk अपडेट करें या सिलेक्टर पैक में नया user agent सेट करें।</translation>
    </message>
    <message>
        <source>the WhatsApp page is not loaded</source>
        <translation>WhatsApp पेज लोड नहीं हुआ है</translation>
    </message>
    <message>
        <source>the WhatsApp page did not finish the step in time</source>
        <translation>WhatsApp पेज ने यह चरण समय पर पूरा नहीं किया</translation>
    </message>
    <message>
        <source>the WhatsApp page was reloaded during the step</source>
        <translation>चरण के दौरान WhatsApp पेज फिर से लोड हो गया</translation>
    </message>
    <message>
        <source>the WhatsApp page stopped answering during the step</source>
        <translation>चरण के दौरान WhatsApp पेज ने जवाब देना बंद कर दिया</translation>
    </message>
    <message>
        <source>the WhatsApp page stopped answering for %1 s</source>
        <translation>WhatsApp पेज ने %1 सेकंड तक जवाब नहीं दिया</translation>
    </message>
    <message>
        <source>%1; loading WhatsApp Web again</source>
        <translation>%1; WhatsApp Web फिर से लोड हो रहा है</translation>
    </message>
    <message>
        <source>the WhatsApp page&apos;s render process was ended</source>
        <translation>WhatsApp पेज की रेंडर प्रक्रिया बंद कर दी गई</translation>
    </message>
    <message>
        <source>the WhatsApp page&apos;s render process ended (status %1, exit code %2)</source>
        <translation>WhatsApp पेज की रेंडर प्रक्रिया समाप्त हो गई (स्थिति %1, निकास कोड %2)</translation>
    </message>
    <message>
        <source>The selector pack&apos;s user agent says Chrome %1, but this browser is Chromium %2, and the page can tell (by its features, and by the client hints where Qt gives them). Leave the user agent out of the pack unless WhatsApp refuses Chrome %2.</source>
        <translation>selector pack का user agent Chrome %1 बताता है, पर यह ब्राउज़र Chromium %2 है, और पेज यह पहचान सकता है (इसकी सुविधाओं से, और जहाँ Qt देता है वहाँ client hints से)। जब तक WhatsApp Chrome %2 को मना न करे, pack में user agent न रखें।</translation>
    </message>
</context>
<context>
    <name>fd::whatsapp::WhatsAppWebSender</name>
    <message>
        <source>another message is being sent</source>
        <translation>कोई दूसरा संदेश भेजा जा रहा है</translation>
    </message>
    <message>
        <source>not a WhatsApp number: &quot;%1&quot; has too few digits</source>
        <translation>WhatsApp नंबर नहीं: &quot;%1&quot; में बहुत कम अंक हैं</translation>
    </message>
    <message>
        <source>the message is empty</source>
        <translation>संदेश खाली है</translation>
    </message>
    <message>
        <source>not a WhatsApp number (WhatsApp said: %1)</source>
        <translation>WhatsApp नंबर नहीं (WhatsApp ने कहा: %1)</translation>
    </message>
    <message>
        <source>the chat did not open, neither by link nor by the /send address</source>
        <translation>चैट नहीं खुली, न लिंक से और न /send पते से</translation>
    </message>
    <message>
        <source>the WhatsApp page gave no usable answer</source>
        <translation>WhatsApp पेज ने कोई काम का जवाब नहीं दिया</translation>
    </message>
    <message>
        <source>WhatsApp was not ready again after loading the /send address: %1</source>
        <translation>/send पता लोड करने के बाद WhatsApp फिर से तैयार नहीं हुआ: %1</translation>
    </message>
    <message>
        <source>the station stopped before the page confirmed it</source>
        <translation>पेज की पुष्टि से पहले स्टेशन रुक गया</translation>
    </message>
    <message>
        <source>the station is stopping</source>
        <translation>स्टेशन रुक रहा है</translation>
    </message>
    <message>
        <source>may have been sent: send was pressed, then %1</source>
        <translation>शायद भेजा गया: भेजें दबाया गया, फिर %1</translation>
    </message>
    <message>
        <source>the station stopped before the message was sent</source>
        <translation>संदेश भेजे जाने से पहले स्टेशन रुक गया</translation>
    </message>
    <message>
        <source>not sent: %1 before send was pressed</source>
        <translation>नहीं भेजा गया: भेजें दबाने से पहले %1</translation>
    </message>
    <message>
        <source>WhatsApp could not send it</source>
        <translation>WhatsApp इसे भेज नहीं सका</translation>
    </message>
    <message>
        <source>the chat did not open: %1</source>
        <translation>चैट नहीं खुली: %1</translation>
    </message>
    <message>
        <source>may have been sent: no confirmation on the page (%1)</source>
        <translation>शायद भेजा गया: पेज पर कोई पुष्टि नहीं (%1)</translation>
    </message>
    <message>
        <source>the station stopped before send was pressed</source>
        <translation>भेजें दबाने से पहले स्टेशन रुक गया</translation>
    </message>
    <message>
        <source>may have been sent: the station stopped before WhatsApp confirmed it</source>
        <translation>शायद भेजा गया: WhatsApp की पुष्टि से पहले स्टेशन रुक गया</translation>
    </message>
    <message>
        <source>Checking whether WA-JS works on this page…</source>
        <translation>जाँच रहे हैं कि WA-JS इस पेज पर चलता है या नहीं…</translation>
    </message>
    <message>
        <source>Engine: %1</source>
        <translation>इंजन: %1</translation>
    </message>
    <message>
        <source>WA-JS: not used (the DOM driver was chosen)</source>
        <translation>WA-JS: उपयोग नहीं (DOM ड्राइवर चुना गया)</translation>
    </message>
    <message>
        <source>WA-JS: not in the page</source>
        <translation>WA-JS: पेज में नहीं</translation>
    </message>
    <message>
        <source>WA-JS: %1, ready</source>
        <translation>WA-JS: %1, तैयार</translation>
    </message>
    <message>
        <source>WA-JS: %1, not ready (%2)</source>
        <translation>WA-JS: %1, तैयार नहीं (%2)</translation>
    </message>
    <message>
        <source>choosing (WA-JS or the DOM driver)</source>
        <translation>चुना जा रहा है (WA-JS या DOM ड्राइवर)</translation>
    </message>
    <message>
        <source>WhatsApp shows a warning about this account: &quot;%1&quot;</source>
        <translation>WhatsApp इस खाते के बारे में चेतावनी दिखा रहा है: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>WhatsApp shows a warning about this account</source>
        <translation>WhatsApp इस खाते के बारे में चेतावनी दिखा रहा है</translation>
    </message>
    <message>
        <source>WA-JS file: %1</source>
        <translation>WA-JS फ़ाइल: %1</translation>
    </message>
    <message>
        <source>WA-JS file: built-in (%1)</source>
        <translation>WA-JS फ़ाइल: बिल्ट-इन (%1)</translation>
    </message>
    <message>
        <source>WhatsApp Web: %1</source>
        <translation>WhatsApp Web: %1</translation>
    </message>
    <message>
        <source>Browser: Chromium %1 (QtWebEngine %2), user agent Chrome %3</source>
        <translation>ब्राउज़र: Chromium %1 (QtWebEngine %2), user agent Chrome %3</translation>
    </message>
</context>
</TS>
