<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="km_KH">
<context>
    <name>About</name>
    <message>
        <source>Qt for Python: windows, buttons and printing</source>
        <translation>Qt សម្រាប់ Python៖ វីនដូ ប៊ូតុង និងការបោះពុម្ព</translation>
    </message>
    <message>
        <source>The Qt libraries inside PySide6</source>
        <translation>បណ្ណាល័យ Qt នៅក្នុង PySide6</translation>
    </message>
    <message>
        <source>The encrypted database, built into sqlcipher3</source>
        <translation>មូលដ្ឋានទិន្នន័យអ៊ិនគ្រីប ដែលមាននៅក្នុង sqlcipher3</translation>
    </message>
    <message>
        <source>Connects Python to SQLCipher</source>
        <translation>ភ្ជាប់ Python ទៅ SQLCipher</translation>
    </message>
    <message>
        <source>Reading and writing the database</source>
        <translation>ការអាន និងការសរសេរមូលដ្ឋានទិន្នន័យ</translation>
    </message>
    <message>
        <source>Updating the database to a new version</source>
        <translation>ការធ្វើបច្ចុប្បន្នភាពមូលដ្ឋានទិន្នន័យទៅកំណែថ្មី</translation>
    </message>
    <message>
        <source>Keeps the database key in the computer&apos;s credential store</source>
        <translation>រក្សាកូនសោមូលដ្ឋានទិន្នន័យ ក្នុងកន្លែងរក្សាព័ត៌មានសម្ងាត់របស់កុំព្យូទ័រ</translation>
    </message>
    <message>
        <source>Protects staff passwords</source>
        <translation>ការពារពាក្យសម្ងាត់របស់បុគ្គលិក</translation>
    </message>
    <message>
        <source>Printed forms and PDF reports</source>
        <translation>ទម្រង់បោះពុម្ព និងរបាយការណ៍ PDF</translation>
    </message>
    <message>
        <source>Shapes Khmer text in PDF reports</source>
        <translation>រៀបចំអក្សរខ្មែរឱ្យត្រឹមត្រូវ ក្នុងរបាយការណ៍ PDF</translation>
    </message>
    <message>
        <source>The text shaping library inside uharfbuzz</source>
        <translation>បណ្ណាល័យរៀបចំរូបរាងអក្សរ នៅក្នុង uharfbuzz</translation>
    </message>
    <message>
        <source>Spreadsheet (XLSX) exports</source>
        <translation>ការនាំចេញជាតារាងគណនា (XLSX)</translation>
    </message>
    <message>
        <source>Provinces, districts, communes and villages of Cambodia</source>
        <translation>ខេត្ត ស្រុក ឃុំ និងភូមិ នៃប្រទេសកម្ពុជា</translation>
    </message>
    <message>
        <source>Finds the data folder on each operating system</source>
        <translation>រកថតទិន្នន័យ នៅលើប្រព័ន្ធប្រតិបត្តិការនីមួយៗ</translation>
    </message>
    <message>
        <source>Latin letters on screen and in PDF reports</source>
        <translation>អក្សរឡាតាំង លើអេក្រង់ និងក្នុងរបាយការណ៍ PDF</translation>
    </message>
    <message>
        <source>Khmer letters on screen and in PDF reports</source>
        <translation>អក្សរខ្មែរ លើអេក្រង់ និងក្នុងរបាយការណ៍ PDF</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>Part</source>
        <translation>ផ្នែក</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>កំណែ</translation>
    </message>
    <message>
        <source>License</source>
        <translation>អាជ្ញាប័ណ្ណ</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>ប្រើសម្រាប់</translation>
    </message>
    <message>
        <source>Shelter Desktop</source>
        <translation>Shelter Desktop</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>អំពី {app}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>មិនស្គាល់</translation>
    </message>
    <message>
        <source>Version {version} · License {license}</source>
        <translation>កំណែ {version} · អាជ្ញាប័ណ្ណ {license}</translation>
    </message>
    <message>
        <source>Case files for shelters that care for survivors of human trafficking. Everything is kept in one encrypted database on this computer and works without the internet. Built with the free software listed below; each part keeps its own license.</source>
        <translation>សំណុំឯកសារករណី សម្រាប់មណ្ឌលដែលថែទាំជនរងគ្រោះពីការជួញដូរមនុស្ស។ អ្វីៗទាំងអស់ត្រូវបានរក្សាទុកក្នុងមូលដ្ឋានទិន្នន័យអ៊ិនគ្រីបតែមួយ នៅលើកុំព្យូទ័រនេះ ហើយដំណើរការបានដោយគ្មានអ៊ីនធឺណិត។ បង្កើតឡើងដោយប្រើកម្មវិធីឥតគិតថ្លៃដែលមានក្នុងបញ្ជីខាងក្រោម៖ ផ្នែកនីមួយៗរក្សាអាជ្ញាប័ណ្ណរបស់ខ្លួន។</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>បណ្ណាល័យកម្មវិធី</translation>
    </message>
    <message>
        <source>Fonts</source>
        <translation>ពុម្ពអក្សរ</translation>
    </message>
    <message>
        <source>The Noto fonts are used under the SIL Open Font License 1.1. Its full text follows.</source>
        <translation>ពុម្ពអក្សរ Noto ត្រូវបានប្រើក្រោមអាជ្ញាប័ណ្ណ SIL Open Font License 1.1។ អត្ថបទពេញរបស់វាមាននៅខាងក្រោម។</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>បិទ</translation>
    </message>
</context>
<context>
    <name>ActionRow</name>
    <message>
        <source>What will be done, e.g. “Take her to the clinic for a check-up”</source>
        <translation>អ្វីដែលនឹងត្រូវធ្វើ ឧទាហរណ៍ «នាំនាងទៅគ្លីនិកដើម្បីពិនិត្យសុខភាព»</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>រួចរាល់</translation>
    </message>
    <message>
        <source>By</source>
        <translation>ត្រឹម</translation>
    </message>
    <message>
        <source>A target date for this action</source>
        <translation>កាលបរិច្ឆេទគោលដៅសម្រាប់សកម្មភាពនេះ</translation>
    </message>
    <message>
        <source>Remove this action</source>
        <translation>ដកសកម្មភាពនេះចេញ</translation>
    </message>
    <message>
        <source>Who does it</source>
        <translation>អ្នកណាជាអ្នកធ្វើ</translation>
    </message>
</context>
<context>
    <name>AddStaffDialog</name>
    <message>
        <source>Add staff account</source>
        <translation>បន្ថែមគណនីបុគ្គលិក</translation>
    </message>
    <message>
        <source>Give the new colleague their user name and this initial password in private. At their first sign-in they must choose a new password of their own, so that nobody else, you included, knows it.</source>
        <translation>សូមប្រាប់សហការីថ្មីនូវឈ្មោះអ្នកប្រើ និងពាក្យសម្ងាត់ដំបូងនេះ ដោយសម្ងាត់។ នៅពេលចូលប្រើលើកដំបូង គាត់ត្រូវជ្រើសរើសពាក្យសម្ងាត់ថ្មីរបស់ខ្លួន ដើម្បីកុំឱ្យអ្នកដទៃដឹង សូម្បីតែអ្នកក៏មិនដឹងដែរ។</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>ឈ្មោះអ្នកប្រើ៖</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>ឈ្មោះពេញ៖</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>តួនាទី៖</translation>
    </message>
    <message>
        <source>Initial password:</source>
        <translation>ពាក្យសម្ងាត់ដំបូង៖</translation>
    </message>
    <message>
        <source>Repeat password:</source>
        <translation>វាយពាក្យសម្ងាត់ម្តងទៀត៖</translation>
    </message>
    <message>
        <source>e.g. sokha.chan</source>
        <translation>ឧ. sokha.chan</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>បន្ថែមគណនី</translation>
    </message>
</context>
<context>
    <name>AddendumDialog</name>
    <message>
        <source>Add an addendum</source>
        <translation>បន្ថែមសេចក្តីបន្ថែម</translation>
    </message>
    <message>
        <source>A signed note cannot be changed. Write the correction or addition here; it is kept with the note, with your name and the time.</source>
        <translation>កំណត់ចំណាំដែលបានចុះហត្ថលេខាហើយ មិនអាចកែប្រែបានទេ។ សូមសរសេរការកែតម្រូវ ឬព័ត៌មានបន្ថែមនៅទីនេះ។ វានឹងត្រូវរក្សាទុកជាមួយកំណត់ចំណាំ ព្រមទាំងឈ្មោះរបស់អ្នក និងពេលវេលា។</translation>
    </message>
    <message>
        <source>Add addendum</source>
        <translation>បន្ថែមសេចក្តីបន្ថែម</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>Your administrator account</source>
        <translation>គណនីអ្នកគ្រប់គ្រងប្រព័ន្ធរបស់អ្នក</translation>
    </message>
    <message>
        <source>The administrator adds staff accounts, makes backups and changes settings.</source>
        <translation>អ្នកគ្រប់គ្រងប្រព័ន្ធ បន្ថែមគណនីបុគ្គលិក ធ្វើការបម្រុងទុក និងប្តូរការកំណត់។</translation>
    </message>
    <message>
        <source>Choose the user name and password you will sign in with. Each member of staff gets their own account later; never share this one.</source>
        <translation>សូមជ្រើសរើសឈ្មោះអ្នកប្រើ និងពាក្យសម្ងាត់ ដែលអ្នកនឹងប្រើដើម្បីចូលប្រើ។ បុគ្គលិកម្នាក់ៗនឹងមានគណនីផ្ទាល់ខ្លួននៅពេលក្រោយ។ កុំចែករំលែកគណនីនេះជាមួយអ្នកណាឡើយ។</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>ឈ្មោះអ្នកប្រើ (&amp;U)៖</translation>
    </message>
    <message>
        <source>e.g. sokha</source>
        <translation>ឧ. sokha</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>ឈ្មោះពេញ (&amp;F)៖</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>ពាក្យសម្ងាត់ (&amp;P)៖</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>វាយពាក្យសម្ងាត់ម្តងទៀត (&amp;R)៖</translation>
    </message>
    <message>
        <source>Creating the encrypted database…</source>
        <translation>កំពុងបង្កើតមូលដ្ឋានទិន្នន័យដែលបានអ៊ិនគ្រីប…</translation>
    </message>
</context>
<context>
    <name>AdministrationPage</name>
    <message>
        <source>Staff</source>
        <translation>បុគ្គលិក</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>កំណត់ត្រាសវនកម្ម</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>ការកំណត់</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>ការបម្រុងទុក</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>ភាពត្រឹមត្រូវ</translation>
    </message>
</context>
<context>
    <name>AgeBands</name>
    <message>
        <source>0–5 years</source>
        <translation>0–5 ឆ្នាំ</translation>
    </message>
    <message>
        <source>6–11 years</source>
        <translation>6–11 ឆ្នាំ</translation>
    </message>
    <message>
        <source>12–14 years</source>
        <translation>12–14 ឆ្នាំ</translation>
    </message>
    <message>
        <source>15–17 years</source>
        <translation>15–17 ឆ្នាំ</translation>
    </message>
    <message>
        <source>18 years and older</source>
        <translation>18 ឆ្នាំឡើងទៅ</translation>
    </message>
</context>
<context>
    <name>AssessmentDetail</name>
    <message>
        <source>{form}, {date}: {purpose}, by {assessor}</source>
        <translation>{form}, {date}: {purpose}, ដោយ {assessor}</translation>
    </message>
    <message>
        <source>{item}: {score}</source>
        <translation>{item}: {score}</translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <source>{done} of {total} items scored</source>
        <translation>បានដាក់ពិន្ទុ {done} ក្នុងចំណោម {total} ចំណុច</translation>
    </message>
    <message>
        <source>New assessment: {form}</source>
        <translation>ការវាយតម្លៃថ្មី៖ {form}</translation>
    </message>
    <message>
        <source>Correct assessment: {form}</source>
        <translation>កែការវាយតម្លៃ៖ {form}</translation>
    </message>
    <message>
        <source>{description} Choose a score for every item; the meaning of the chosen score appears under it. Comments are optional.</source>
        <translation>{description} សូមជ្រើសរើសពិន្ទុសម្រាប់ចំណុចនីមួយៗ។ អត្ថន័យនៃពិន្ទុដែលបានជ្រើសរើស នឹងបង្ហាញនៅខាងក្រោមវា។ មតិយោបល់មិនចាំបាច់ទេ។</translation>
    </message>
    <message>
        <source>Date of the assessment:</source>
        <translation>កាលបរិច្ឆេទនៃការវាយតម្លៃ៖</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>គោលបំណង៖</translation>
    </message>
    <message>
        <source>Summary (optional):</source>
        <translation>សេចក្តីសង្ខេប (មិនចាំបាច់)៖</translation>
    </message>
    <message>
        <source>The overall picture, and what should happen next</source>
        <translation>ស្ថានភាពទូទៅ និងអ្វីដែលគួរធ្វើបន្ទាប់</translation>
    </message>
    <message>
        <source>Save assessment</source>
        <translation>រក្សាទុកការវាយតម្លៃ</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>រក្សាទុកការកែប្រែ</translation>
    </message>
</context>
<context>
    <name>AssessmentTrendChart</name>
    <message>
        <source>No assessment recorded yet, so there is no trend to show.</source>
        <translation>មិនទាន់មានការវាយតម្លៃណាមួយត្រូវបានកត់ត្រានៅឡើយទេ ដូច្នេះគ្មាននិន្នាការដើម្បីបង្ហាញទេ។</translation>
    </message>
</context>
<context>
    <name>Assessments</name>
    <message>
        <source>1 – serious concern</source>
        <translation>1 – គួរឱ្យព្រួយបារម្ភខ្លាំង</translation>
    </message>
    <message>
        <source>2 – some concern</source>
        <translation>2 – គួរឱ្យព្រួយបារម្ភខ្លះ</translation>
    </message>
    <message>
        <source>3 – fair</source>
        <translation>3 – មធ្យម</translation>
    </message>
    <message>
        <source>4 – good</source>
        <translation>4 – ល្អ</translation>
    </message>
    <message>
        <source>At intake</source>
        <translation>ពេលទទួលចូល</translation>
    </message>
    <message>
        <source>Regular review</source>
        <translation>ការពិនិត្យឡើងវិញជាប្រចាំ</translation>
    </message>
    <message>
        <source>Before reintegration</source>
        <translation>មុនការធ្វើសមាហរណកម្ម</translation>
    </message>
    <message>
        <source>During follow-up</source>
        <translation>ក្នុងអំឡុងពេលតាមដាន</translation>
    </message>
    <message>
        <source>At case closure</source>
        <translation>ពេលបិទករណី</translation>
    </message>
    <message>
        <source>Item {item} in domain {domain} has no score yet. Choose a score from 1 to 4 for every item.</source>
        <translation>ចំណុច {item} ក្នុងវិស័យ {domain} មិនទាន់មានពិន្ទុនៅឡើយទេ។ សូមជ្រើសរើសពិន្ទុពី 1 ដល់ 4 សម្រាប់ចំណុចនីមួយៗ។</translation>
    </message>
    <message>
        <source>The score of item {item} must be 1, 2, 3 or 4. Choose one of the four.</source>
        <translation>ពិន្ទុនៃចំណុច {item} ត្រូវតែជា 1, 2, 3 ឬ 4។ សូមជ្រើសរើសមួយក្នុងចំណោមទាំងបួន។</translation>
    </message>
    <message>
        <source>Item {item} is not part of this assessment form. Close the form, open it again and score the items it shows.</source>
        <translation>ចំណុច {item} មិនមែនជាផ្នែកនៃទម្រង់វាយតម្លៃនេះទេ។ សូមបិទទម្រង់ បើកវាម្តងទៀត ហើយដាក់ពិន្ទុលើចំណុចដែលវាបង្ហាញ។</translation>
    </message>
    <message>
        <source>Domain {domain} is not part of this assessment form. Close the form, open it again and write the comment under one of its domains.</source>
        <translation>វិស័យ {domain} មិនមែនជាវិស័យនៃទម្រង់វាយតម្លៃនេះទេ។ សូមបិទទម្រង់ បើកវាម្តងទៀត ហើយសរសេរមតិយោបល់នៅក្រោមវិស័យណាមួយរបស់វា។</translation>
    </message>
    <message>
        <source>This assessment was made with another form. Close the form and open the assessment again.</source>
        <translation>ការវាយតម្លៃនេះត្រូវបានធ្វើដោយប្រើទម្រង់ផ្សេង។ សូមបិទទម្រង់ ហើយបើកការវាយតម្លៃម្តងទៀត។</translation>
    </message>
    <message>
        <source>There is no assessment form called {key}. Choose a form from the list.</source>
        <translation>គ្មានទម្រង់វាយតម្លៃឈ្មោះ {key} ទេ។ សូមជ្រើសរើសទម្រង់ពីបញ្ជី។</translation>
    </message>
    <message>
        <source>Choose why the assessment was made from the list.</source>
        <translation>សូមជ្រើសរើសពីបញ្ជីថា ហេតុអ្វីបានជាធ្វើការវាយតម្លៃនេះ។</translation>
    </message>
    <message>
        <source>The assessment date is in the future. Enter the day the assessment was made.</source>
        <translation>កាលបរិច្ឆេទនៃការវាយតម្លៃ ស្ថិតនៅពេលអនាគត។ សូមបញ្ចូលថ្ងៃដែលបានធ្វើការវាយតម្លៃ។</translation>
    </message>
    <message>
        <source>The assessment date is before 1900, which must be a typing mistake. Enter the day the assessment was made.</source>
        <translation>កាលបរិច្ឆេទនៃការវាយតម្លៃ មុនឆ្នាំ 1900 ដែលប្រហែលជាវាយខុស។ សូមបញ្ចូលថ្ងៃដែលបានធ្វើការវាយតម្លៃ។</translation>
    </message>
    <message>
        <source>The comment on domain {domain} is too long ({length} characters). Shorten it to at most {limit} characters.</source>
        <translation>មតិយោបល់លើវិស័យ {domain} វែងពេក ({length} តួអក្សរ)។ សូមកាត់ឱ្យខ្លីមកត្រឹម {limit} តួអក្សរយ៉ាងច្រើន។</translation>
    </message>
    <message>
        <source>The summary is too long ({length} characters). Shorten it to at most {limit} characters.</source>
        <translation>សេចក្តីសង្ខេបវែងពេក ({length} តួអក្សរ)។ សូមកាត់ឱ្យខ្លីមកត្រឹម {limit} តួអក្សរយ៉ាងច្រើន។</translation>
    </message>
    <message>
        <source>The {what} contains an invisible control character, perhaps pasted from another program. Delete the text and type it again.</source>
        <translation>{what} មានតួអក្សរបញ្ជាដែលមើលមិនឃើញ ប្រហែលជាបានចម្លងបិទភ្ជាប់ពីកម្មវិធីផ្សេង។ សូមលុបអត្ថបទនោះ ហើយវាយវាម្តងទៀត។</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>សេចក្តីសង្ខេប</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>មតិយោបល់</translation>
    </message>
</context>
<context>
    <name>AssessmentsTab</name>
    <message>
        <source>Loading assessments</source>
        <translation>កំពុងផ្ទុកការវាយតម្លៃ</translation>
    </message>
    <message>
        <source>Loading assessment forms</source>
        <translation>កំពុងផ្ទុកទម្រង់វាយតម្លៃ</translation>
    </message>
    <message>
        <source>No assessment recorded yet.</source>
        <translation>មិនទាន់មានការវាយតម្លៃណាមួយត្រូវបានកត់ត្រានៅឡើយទេ។</translation>
    </message>
    <message>
        <source>{count} assessments recorded.</source>
        <translation>បានកត់ត្រាការវាយតម្លៃ {count}។</translation>
    </message>
    <message>
        <source>1 assessment recorded.</source>
        <translation>បានកត់ត្រាការវាយតម្លៃ 1។</translation>
    </message>
    <message>
        <source>Select an assessment to see its scores.</source>
        <translation>សូមជ្រើសរើសការវាយតម្លៃមួយ ដើម្បីមើលពិន្ទុរបស់វា។</translation>
    </message>
    <message>
        <source>Opening the assessment</source>
        <translation>កំពុងបើកការវាយតម្លៃ</translation>
    </message>
    <message>
        <source>Print blank form…</source>
        <translation>បោះពុម្ពទម្រង់ទទេ…</translation>
    </message>
    <message>
        <source>New assessment…</source>
        <translation>ការវាយតម្លៃថ្មី…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>កែ…</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>ការវាយតម្លៃ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>កាលបរិច្ឆេទ</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>ទម្រង់</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>គោលបំណង</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>អ្នកវាយតម្លៃ</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>ពិន្ទុ</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>និន្នាការ</translation>
    </message>
    <message>
        <source>Form:</source>
        <translation>ទម្រង់៖</translation>
    </message>
    <message>
        <source>Domain:</source>
        <translation>វិស័យ៖</translation>
    </message>
    <message>
        <source>Every domain at every assessment</source>
        <translation>គ្រប់វិស័យ នៅគ្រប់ការវាយតម្លៃ</translation>
    </message>
</context>
<context>
    <name>AssignmentPage</name>
    <message>
        <source>Loading counselors…</source>
        <translation>កំពុងផ្ទុកបញ្ជីអ្នកប្រឹក្សា…</translation>
    </message>
    <message>
        <source>Not assigned yet</source>
        <translation>មិនទាន់កំណត់</translation>
    </message>
    <message>
        <source>Case assignment</source>
        <translation>ការទទួលបន្ទុកករណី</translation>
    </message>
    <message>
        <source>How urgent the case is and who holds it.</source>
        <translation>ករណីនេះបន្ទាន់កម្រិតណា ហើយនរណាជាអ្នកទទួលបន្ទុក។</translation>
    </message>
    <message>
        <source>&amp;Risk level:</source>
        <translation>កម្រិតហានិភ័យ (&amp;R)៖</translation>
    </message>
    <message>
        <source>&amp;Counselor:</source>
        <translation>អ្នកប្រឹក្សា (&amp;C)៖</translation>
    </message>
    <message>
        <source>&amp;MoSVY number:</source>
        <translation>លេខក្រសួងសង្គមកិច្ច (MoSVY) (&amp;M)៖</translation>
    </message>
    <message>
        <source>If the ministry has given one (optional)</source>
        <translation>ប្រសិនបើក្រសួងបានផ្តល់លេខ (មិនចាំបាច់)</translation>
    </message>
</context>
<context>
    <name>AttachDialog</name>
    <message>
        <source>Attach a document</source>
        <translation>ភ្ជាប់ឯកសារ</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>ឯកសារ៖</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>ថត៖</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>ទម្រង់៖</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>ប្រភេទ (&amp;K)៖</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>ចំណងជើង (&amp;T)៖</translation>
    </message>
    <message>
        <source>{type}, {size}</source>
        <translation>{type}, {size}</translation>
    </message>
    <message>
        <source>For example: Court summons, March 2026</source>
        <translation>ឧទាហរណ៍៖ ដីកាកោះហៅរបស់តុលាការ ខែមីនា ឆ្នាំ 2026</translation>
    </message>
    <message>
        <source>A copy of this file will be stored encrypted in the resident&apos;s file. The original file stays where it is and is not encrypted.</source>
        <translation>ច្បាប់ចម្លងនៃឯកសារនេះ នឹងត្រូវរក្សាទុកដោយអ៊ិនគ្រីប ក្នុងឯកសាររបស់អ្នកស្នាក់នៅ។ ឯកសារដើមនៅកន្លែងដដែល ហើយមិនត្រូវបានអ៊ិនគ្រីបទេ។</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>ភ្ជាប់</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>បោះបង់</translation>
    </message>
</context>
<context>
    <name>AuditActions</name>
    <message>
        <source>View</source>
        <translation>មើល</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>បង្កើត</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>កែប្រែ</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>លុប</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>ចុះហត្ថលេខា</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>បោះពុម្ព</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>នាំចេញ</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>ចូលប្រើ</translation>
    </message>
    <message>
        <source>Failed sign-in</source>
        <translation>ចូលប្រើមិនបាន</translation>
    </message>
    <message>
        <source>Sign-out</source>
        <translation>ចាកចេញ</translation>
    </message>
    <message>
        <source>Screen locked</source>
        <translation>ចាក់សោអេក្រង់</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>ដោះសោ</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>បម្រុងទុក</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>ស្តារ</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>ត្រូវបានបដិសេធ</translation>
    </message>
    <message>
        <source>Setup</source>
        <translation>រៀបចំដំបូង</translation>
    </message>
    <message>
        <source>Database upgrade</source>
        <translation>ដំឡើងកំណែមូលដ្ឋានទិន្នន័យ</translation>
    </message>
</context>
<context>
    <name>AuditDetails</name>
    <message>
        <source>Number</source>
        <translation>ចំនួន</translation>
    </message>
    <message>
        <source>Number shown</source>
        <translation>ចំនួនដែលបានបង្ហាញ</translation>
    </message>
    <message>
        <source>Starting after</source>
        <translation>ចាប់ផ្តើមបន្ទាប់ពី</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>ការវាយតម្លៃ</translation>
    </message>
    <message>
        <source>Care plans</source>
        <translation>ផែនការថែទាំ</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>ការយល់ព្រម</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>អ្នកទំនាក់ទំនង</translation>
    </message>
    <message>
        <source>Enrolments</source>
        <translation>ការចុះឈ្មោះចូលរៀន</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>កំណត់ចំណាំ</translation>
    </message>
    <message>
        <source>Readiness assessments</source>
        <translation>ការវាយតម្លៃការត្រៀមខ្លួន</translation>
    </message>
    <message>
        <source>Reintegrations</source>
        <translation>ការធ្វើសមាហរណកម្ម</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>អ្នកស្នាក់នៅ</translation>
    </message>
    <message>
        <source>Safety alerts</source>
        <translation>ការព្រមានសុវត្ថិភាព</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>វគ្គបណ្តុះបណ្តាល</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>កំណែ</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>ការចុះតាមដាន</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>សកម្មភាព</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>គោលដៅ</translation>
    </message>
    <message>
        <source>Goals copied</source>
        <translation>គោលដៅដែលបានចម្លង</translation>
    </message>
    <message>
        <source>Goals proposed</source>
        <translation>គោលដៅដែលបានស្នើ</translation>
    </message>
    <message>
        <source>Items scored</source>
        <translation>ចំណុចដែលបានដាក់ពិន្ទុ</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>មតិយោបល់</translation>
    </message>
    <message>
        <source>Scores changed</source>
        <translation>ពិន្ទុដែលបានប្តូរ</translation>
    </message>
    <message>
        <source>Comments changed</source>
        <translation>មតិយោបល់ដែលបានប្តូរ</translation>
    </message>
    <message>
        <source>Automatic saves</source>
        <translation>ការរក្សាទុកស្វ័យប្រវត្តិ</translation>
    </message>
    <message>
        <source>Visits scheduled</source>
        <translation>ការចុះតាមដានដែលបានគ្រោងទុក</translation>
    </message>
    <message>
        <source>Visits cancelled</source>
        <translation>ការចុះតាមដានដែលបានលុបចោល</translation>
    </message>
    <message>
        <source>Failed attempts</source>
        <translation>ការព្យាយាមមិនបានសម្រេច</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>បញ្ហា</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>ទំហំ (បៃ)</translation>
    </message>
    <message>
        <source>Resident id</source>
        <translation>លេខសម្គាល់អ្នកស្នាក់នៅ</translation>
    </message>
    <message>
        <source>Assessment id</source>
        <translation>លេខសម្គាល់ការវាយតម្លៃ</translation>
    </message>
    <message>
        <source>Enrolment id</source>
        <translation>លេខសម្គាល់ការចុះឈ្មោះចូលរៀន</translation>
    </message>
    <message>
        <source>Note id</source>
        <translation>លេខសម្គាល់កំណត់ចំណាំ</translation>
    </message>
    <message>
        <source>Draft note discarded</source>
        <translation>សេចក្តីព្រាងកំណត់ចំណាំដែលបានបោះបង់</translation>
    </message>
    <message>
        <source>Previous plan id</source>
        <translation>លេខសម្គាល់ផែនការមុន</translation>
    </message>
    <message>
        <source>Replaced plan id</source>
        <translation>លេខសម្គាល់ផែនការដែលត្រូវបានជំនួស</translation>
    </message>
    <message>
        <source>Readiness assessment id</source>
        <translation>លេខសម្គាល់ការវាយតម្លៃការត្រៀមខ្លួន</translation>
    </message>
    <message>
        <source>Reintegration id</source>
        <translation>លេខសម្គាល់ការធ្វើសមាហរណកម្ម</translation>
    </message>
    <message>
        <source>Training id</source>
        <translation>លេខសម្គាល់វគ្គបណ្តុះបណ្តាល</translation>
    </message>
    <message>
        <source>Old key (fingerprint)</source>
        <translation>កូនសោចាស់ (ស្នាមសម្គាល់)</translation>
    </message>
    <message>
        <source>New key (fingerprint)</source>
        <translation>កូនសោថ្មី (ស្នាមសម្គាល់)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>សកម្ម</translation>
    </message>
    <message>
        <source>Printed together</source>
        <translation>បោះពុម្ពជាមួយគ្នា</translation>
    </message>
    <message>
        <source>Demonstration</source>
        <translation>សាកល្បង</translation>
    </message>
    <message>
        <source>Due for review</source>
        <translation>ដល់ពេលត្រូវពិនិត្យឡើងវិញ</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>រកឃើញ</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>បានផ្តល់</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>អាណាព្យាបាល</translation>
    </message>
    <message>
        <source>Health information included</source>
        <translation>រួមបញ្ចូលព័ត៌មានសុខភាព</translation>
    </message>
    <message>
        <source>Key remembered on this computer</source>
        <translation>ចងចាំកូនសោនៅលើកុំព្យូទ័រនេះ</translation>
    </message>
    <message>
        <source>Account locked</source>
        <translation>គណនីត្រូវបានចាក់សោ</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>ត្រឹមត្រូវ</translation>
    </message>
    <message>
        <source>Placed with an employer</source>
        <translation>បានដាក់ឱ្យធ្វើការជាមួយនិយោជក</translation>
    </message>
    <message>
        <source>Profile photo</source>
        <translation>រូបថតប្រវត្តិរូប</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>បានដកចេញ</translation>
    </message>
    <message>
        <source>Safety flag</source>
        <translation>សញ្ញាសុវត្ថិភាព</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>បានគ្រោងទុក</translation>
    </message>
    <message>
        <source>Progress over time</source>
        <translation>វឌ្ឍនភាពតាមពេលវេលា</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>បានប្តូរ</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>ការពិនិត្យ</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>ការសម្រេច</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ឯកសារ</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>ការបម្រុងទុក</translation>
    </message>
    <message>
        <source>Replaced database kept as</source>
        <translation>មូលដ្ឋានទិន្នន័យដែលត្រូវបានជំនួស រក្សាទុកជា</translation>
    </message>
    <message>
        <source>For</source>
        <translation>សម្រាប់</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ប្រភេទ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ភាសា</translation>
    </message>
    <message>
        <source>Low-scoring domains</source>
        <translation>វិស័យដែលទទួលបានពិន្ទុទាប</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>ប្រភេទឯកសារ</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>ភាគី</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>សិទ្ធិ</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>បញ្ហា</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>កម្មវិធីសិក្សា</translation>
    </message>
    <message>
        <source>Province code</source>
        <translation>លេខកូដខេត្ត</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>គោលបំណង</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>មូលហេតុ</translation>
    </message>
    <message>
        <source>Resident&apos;s status</source>
        <translation>ស្ថានភាពរបស់អ្នកស្នាក់នៅ</translation>
    </message>
    <message>
        <source>Risk of re-trafficking</source>
        <translation>ហានិភ័យនៃការជួញដូរម្តងទៀត</translation>
    </message>
    <message>
        <source>Database version</source>
        <translation>កំណែមូលដ្ឋានទិន្នន័យ</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>កម្រិតហានិភ័យ</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>តួនាទី</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>ពិន្ទុ</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>គ្រាប់ពូជទិន្នន័យ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ស្ថានភាព</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>ជំហាន</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>ទម្រង់</translation>
    </message>
    <message>
        <source>Trade</source>
        <translation>ជំនាញ</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>ប្រភេទ</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>កំណែ</translation>
    </message>
    <message>
        <source>Opened with</source>
        <translation>បើកដោយប្រើ</translation>
    </message>
    <message>
        <source>Visit type</source>
        <translation>ប្រភេទនៃការចុះតាមដាន</translation>
    </message>
    <message>
        <source>Follow-up after (months)</source>
        <translation>ការចុះតាមដានបន្ទាប់ពី (ខែ)</translation>
    </message>
    <message>
        <source>Lock after (minutes)</source>
        <translation>ចាក់សោក្រោយ (នាទី)</translation>
    </message>
    <message>
        <source>Care plan review after (months)</source>
        <translation>ពិនិត្យផែនការថែទាំឡើងវិញបន្ទាប់ពី (ខែ)</translation>
    </message>
    <message>
        <source>Reassessment after (months)</source>
        <translation>វាយតម្លៃឡើងវិញបន្ទាប់ពី (ខែ)</translation>
    </message>
    <message>
        <source>&quot;Due soon&quot; within (days)</source>
        <translation>«ជិតដល់កាលកំណត់» ក្នុងរយៈពេល (ថ្ងៃ)</translation>
    </message>
    <message>
        <source>Unsigned note overdue after (days)</source>
        <translation>កំណត់ចំណាំមិនទាន់ចុះហត្ថលេខា ហួសកំណត់ក្រោយ (ថ្ងៃ)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>រយៈពេល</translation>
    </message>
    <message>
        <source>Kind of period</source>
        <translation>ប្រភេទរយៈពេល</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>តារាង</translation>
    </message>
    <message>
        <source>Smallest published count</source>
        <translation>ចំនួនតូចបំផុតដែលផ្សព្វផ្សាយ</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>ទម្រង់ឯកសារ</translation>
    </message>
    <message>
        <source>wrong password</source>
        <translation>ពាក្យសម្ងាត់មិនត្រឹមត្រូវ</translation>
    </message>
    <message>
        <source>account locked</source>
        <translation>គណនីត្រូវបានចាក់សោ</translation>
    </message>
    <message>
        <source>unknown user name</source>
        <translation>ឈ្មោះអ្នកប្រើមិនស្គាល់</translation>
    </message>
    <message>
        <source>account disabled</source>
        <translation>គណនីត្រូវបានបិទ</translation>
    </message>
    <message>
        <source>key remembered on this computer</source>
        <translation>កូនសោដែលបានចងចាំនៅលើកុំព្យូទ័រនេះ</translation>
    </message>
    <message>
        <source>recovery key</source>
        <translation>កូនសោសង្គ្រោះ</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>{label}៖ {value}</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>មែន</translation>
    </message>
    <message>
        <source>No</source>
        <translation>ទេ</translation>
    </message>
</context>
<context>
    <name>AuditFields</name>
    <message>
        <source>Name in Khmer</source>
        <translation>ឈ្មោះជាអក្សរខ្មែរ</translation>
    </message>
    <message>
        <source>Name in Latin letters</source>
        <translation>ឈ្មោះជាអក្សរឡាតាំង</translation>
    </message>
    <message>
        <source>Latin name (for searching)</source>
        <translation>ឈ្មោះឡាតាំង (សម្រាប់ស្វែងរក)</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>ឈ្មោះហៅក្រៅ</translation>
    </message>
    <message>
        <source>Alias (for searching)</source>
        <translation>ឈ្មោះហៅក្រៅ (សម្រាប់ស្វែងរក)</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>ភេទ</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>ថ្ងៃខែឆ្នាំកំណើត</translation>
    </message>
    <message>
        <source>Date of birth estimated</source>
        <translation>ថ្ងៃខែឆ្នាំកំណើតប្រហាក់ប្រហែល</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>សញ្ជាតិ</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>ភាសា</translation>
    </message>
    <message>
        <source>Province of origin</source>
        <translation>ខេត្ត ឬរាជធានីដើម</translation>
    </message>
    <message>
        <source>District of origin</source>
        <translation>ស្រុក ឬខណ្ឌដើម</translation>
    </message>
    <message>
        <source>Commune of origin</source>
        <translation>ឃុំ ឬសង្កាត់ដើម</translation>
    </message>
    <message>
        <source>Village of origin</source>
        <translation>ភូមិដើម</translation>
    </message>
    <message>
        <source>Admitted on</source>
        <translation>ថ្ងៃចូលមណ្ឌល</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ស្ថានភាព</translation>
    </message>
    <message>
        <source>Left the shelter</source>
        <translation>ថ្ងៃចាកចេញពីមណ្ឌល</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>កម្រិតហានិភ័យ</translation>
    </message>
    <message>
        <source>Counselor</source>
        <translation>អ្នកប្រឹក្សា</translation>
    </message>
    <message>
        <source>MoSVY number</source>
        <translation>លេខក្រសួងសង្គមកិច្ច (MoSVY)</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>បញ្ជូនដោយ</translation>
    </message>
    <message>
        <source>Referring organisation</source>
        <translation>អង្គការដែលបានបញ្ជូន</translation>
    </message>
    <message>
        <source>Referral contact</source>
        <translation>អ្នកទំនាក់ទំនងពេលបញ្ជូន</translation>
    </message>
    <message>
        <source>Reason for referral</source>
        <translation>មូលហេតុនៃការបញ្ជូន</translation>
    </message>
    <message>
        <source>Forms of exploitation</source>
        <translation>ទម្រង់នៃការកេងប្រវ័ញ្ច</translation>
    </message>
    <message>
        <source>Destination country</source>
        <translation>ប្រទេសគោលដៅ</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>តុលាការ</translation>
    </message>
    <message>
        <source>Court case number</source>
        <translation>លេខសំណុំរឿងតុលាការ</translation>
    </message>
    <message>
        <source>Legal case status</source>
        <translation>ស្ថានភាពរឿងក្តី</translation>
    </message>
    <message>
        <source>HIV status</source>
        <translation>ស្ថានភាពមេរោគអេដស៍ (HIV)</translation>
    </message>
    <message>
        <source>Pregnant at admission</source>
        <translation>មានផ្ទៃពោះពេលចូលមណ្ឌល</translation>
    </message>
    <message>
        <source>Health notes</source>
        <translation>កំណត់ចំណាំសុខភាព</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>ត្រូវជា</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ឈ្មោះ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>ទូរសព្ទ</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>អាសយដ្ឋាន</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>អាណាព្យាបាល</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>សុវត្ថិភាព</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>កំណត់ចំណាំ</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>កម្មវិធីសិក្សា</translation>
    </message>
    <message>
        <source>School or class</source>
        <translation>សាលា ឬថ្នាក់រៀន</translation>
    </message>
    <message>
        <source>Grade or level</source>
        <translation>ថ្នាក់ទី ឬកម្រិត</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>ថ្ងៃចាប់ផ្តើម</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>ថ្ងៃបញ្ចប់</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>វិញ្ញាបនបត្រ</translation>
    </message>
    <message>
        <source>Trade</source>
        <translation>ជំនាញ</translation>
    </message>
    <message>
        <source>Training provider</source>
        <translation>អ្នកផ្តល់ការបណ្តុះបណ្តាល</translation>
    </message>
    <message>
        <source>Start-up kit</source>
        <translation>សម្ភារៈចាប់ផ្តើមរបរ</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>និយោជក</translation>
    </message>
    <message>
        <source>Job started on</source>
        <translation>ចាប់ផ្តើមការងារនៅថ្ងៃ</translation>
    </message>
    <message>
        <source>Monthly income (US dollars)</source>
        <translation>ប្រាក់ចំណូលប្រចាំខែ (ដុល្លារអាមេរិក)</translation>
    </message>
    <message>
        <source>Date of the assessment</source>
        <translation>កាលបរិច្ឆេទនៃការវាយតម្លៃ</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>គោលបំណង</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>សេចក្តីសង្ខេប</translation>
    </message>
    <message>
        <source>Review by</source>
        <translation>ពិនិត្យឡើងវិញត្រឹម</translation>
    </message>
    <message>
        <source>Goals and actions</source>
        <translation>គោលដៅ និងសកម្មភាព</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>ការសម្រេចចិត្ត</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>សម្រេចនៅថ្ងៃ</translation>
    </message>
    <message>
        <source>Reason for the decision</source>
        <translation>មូលហេតុនៃការសម្រេចចិត្ត</translation>
    </message>
    <message>
        <source>Placed on</source>
        <translation>ថ្ងៃផ្លាស់ទៅ</translation>
    </message>
    <message>
        <source>Lives at</source>
        <translation>រស់នៅ</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>ខេត្ត ឬរាជធានី</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>ពាក្យសម្ងាត់</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>កំណត់ពាក្យសម្ងាត់ឡើងវិញ</translation>
    </message>
</context>
<context>
    <name>AuditLogPanel</name>
    <message>
        <source>The &apos;from&apos; date is after the &apos;to&apos; date. Change one of them.</source>
        <translation>កាលបរិច្ឆេទ «ពី» នៅក្រោយកាលបរិច្ឆេទ «ដល់»។ សូមប្តូរកាលបរិច្ឆេទណាមួយ។</translation>
    </message>
    <message>
        <source>Loading the audit log</source>
        <translation>កំពុងផ្ទុកកំណត់ត្រាសវនកម្ម</translation>
    </message>
    <message>
        <source>No events match these filters.</source>
        <translation>គ្មានព្រឹត្តិការណ៍ណាត្រូវនឹងតម្រងទាំងនេះទេ។</translation>
    </message>
    <message>
        <source>Events {first}–{last} of {total}</source>
        <translation>ព្រឹត្តិការណ៍ទី {first}–{last} ក្នុងចំណោម {total}</translation>
    </message>
    <message>
        <source>Checking the audit log…</source>
        <translation>កំពុងពិនិត្យកំណត់ត្រាសវនកម្ម…</translation>
    </message>
    <message>
        <source>The audit log is intact: {n} events checked.</source>
        <translation>កំណត់ត្រាសវនកម្មនៅពេញលេញ គ្មានការកែប្រែ៖ បានពិនិត្យព្រឹត្តិការណ៍ចំនួន {n}។</translation>
    </message>
    <message>
        <source>The audit log has been changed or damaged ({n} events checked). Problems found:</source>
        <translation>កំណត់ត្រាសវនកម្មត្រូវបានកែប្រែ ឬខូច (បានពិនិត្យព្រឹត្តិការណ៍ចំនួន {n})។ បញ្ហាដែលរកឃើញ៖</translation>
    </message>
    <message>
        <source>What to do: do not change anything else now. Restore the most recent backup made before the problem, and tell the organisation&apos;s management at once: someone may have altered the record of who did what.</source>
        <translation>អ្វីដែលត្រូវធ្វើ៖ កុំកែប្រែអ្វីផ្សេងទៀតឥឡូវនេះ។ សូមស្តារការបម្រុងទុកចុងក្រោយបំផុត ដែលបានធ្វើមុនពេលមានបញ្ហា ហើយប្រាប់ថ្នាក់ដឹកនាំអង្គការភ្លាមៗ៖ ប្រហែលជាមាននរណាម្នាក់បានកែប្រែកំណត់ត្រាថា អ្នកណាបានធ្វើអ្វី។</translation>
    </message>
    <message>
        <source>Checked at {time}.</source>
        <translation>បានពិនិត្យនៅ {time}។</translation>
    </message>
    <message>
        <source>Event {id} does not follow the event before it: events were removed or put in a different order.</source>
        <translation>ព្រឹត្តិការណ៍ {id} មិនតភ្ជាប់នឹងព្រឹត្តិការណ៍មុនវាទេ៖ មានព្រឹត្តិការណ៍ត្រូវបានលុប ឬដាក់ខុសលំដាប់។</translation>
    </message>
    <message>
        <source>Event {id} was changed after it was written.</source>
        <translation>ព្រឹត្តិការណ៍ {id} ត្រូវបានកែប្រែ ក្រោយពេលកត់ត្រារួច។</translation>
    </message>
    <message>
        <source>Event {id} differs from the copy kept outside the database: the log was rebuilt.</source>
        <translation>ព្រឹត្តិការណ៍ {id} ខុសពីច្បាប់ចម្លងដែលរក្សាទុកនៅក្រៅមូលដ្ឋានទិន្នន័យ៖ កំណត់ត្រានេះត្រូវបានគេបង្កើតឡើងវិញ។</translation>
    </message>
    <message>
        <source>The log ends before event {id}, which was already recorded outside the database: events were removed.</source>
        <translation>កំណត់ត្រាបញ្ចប់មុនព្រឹត្តិការណ៍ {id} ដែលបានកត់ទុករួចហើយនៅក្រៅមូលដ្ឋានទិន្នន័យ៖ មានព្រឹត្តិការណ៍ត្រូវបានលុប។</translation>
    </message>
    <message>
        <source>All</source>
        <translation>ទាំងអស់</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>សកម្មភាព៖</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>ឈ្មោះអ្នកប្រើ៖</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>ពី៖</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>ដល់៖</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>គ្រប់គ្នា</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>មិនកំណត់</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>បង្ហាញ</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>សម្អាតតម្រង</translation>
    </message>
    <message>
        <source>‹ Newer</source>
        <translation>‹ ថ្មីជាង</translation>
    </message>
    <message>
        <source>Older ›</source>
        <translation>ចាស់ជាង ›</translation>
    </message>
    <message>
        <source>Each event is linked to the one before it. Verifying recomputes every link and shows whether any event was changed, removed or reordered.</source>
        <translation>ព្រឹត្តិការណ៍នីមួយៗភ្ជាប់ទៅនឹងព្រឹត្តិការណ៍មុនវា។ ការផ្ទៀងផ្ទាត់គណនាតំណភ្ជាប់ទាំងអស់ឡើងវិញ ហើយបង្ហាញថាតើមានព្រឹត្តិការណ៍ណាមួយត្រូវបានកែប្រែ លុប ឬប្តូរលំដាប់ឬទេ។</translation>
    </message>
    <message>
        <source>Verify audit chain</source>
        <translation>ផ្ទៀងផ្ទាត់កំណត់ត្រាសវនកម្ម</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>ពេលវេលា</translation>
    </message>
    <message>
        <source>User</source>
        <translation>អ្នកប្រើ</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>សកម្មភាព</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>ប្រភេទទិន្នន័យ</translation>
    </message>
    <message>
        <source>Record id</source>
        <translation>លេខសម្គាល់</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>ព័ត៌មានលម្អិត</translation>
    </message>
</context>
<context>
    <name>AuditRecords</name>
    <message>
        <source>Staff account</source>
        <translation>គណនីបុគ្គលិក</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>វគ្គប្រើប្រាស់</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>មូលដ្ឋានទិន្នន័យ</translation>
    </message>
    <message>
        <source>Database key</source>
        <translation>កូនសោមូលដ្ឋានទិន្នន័យ</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>មណ្ឌល</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>ការកំណត់</translation>
    </message>
    <message>
        <source>Case work settings</source>
        <translation>ការកំណត់ការងារករណី</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>កំណត់ត្រាសវនកម្ម</translation>
    </message>
    <message>
        <source>Demonstration data</source>
        <translation>ទិន្នន័យសាកល្បង</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>អ្នកស្នាក់នៅ</translation>
    </message>
    <message>
        <source>Possible duplicate residents</source>
        <translation>អ្នកស្នាក់នៅដែលអាចស្ទួនគ្នា</translation>
    </message>
    <message>
        <source>Due work</source>
        <translation>ការងារត្រូវធ្វើ</translation>
    </message>
    <message>
        <source>File history</source>
        <translation>ប្រវត្តិឯកសារ</translation>
    </message>
    <message>
        <source>Counseling note</source>
        <translation>កំណត់ចំណាំប្រឹក្សា</translation>
    </message>
    <message>
        <source>Counseling notes</source>
        <translation>បញ្ជីកំណត់ចំណាំប្រឹក្សា</translation>
    </message>
    <message>
        <source>Note addendum</source>
        <translation>សេចក្តីបន្ថែមលើកំណត់ចំណាំ</translation>
    </message>
    <message>
        <source>Risk alerts</source>
        <translation>ការព្រមានអំពីហានិភ័យ</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>អ្នកទំនាក់ទំនង</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>បញ្ជីអ្នកទំនាក់ទំនង</translation>
    </message>
    <message>
        <source>Contact safety alerts</source>
        <translation>ការព្រមានសុវត្ថិភាពអំពីអ្នកទំនាក់ទំនង</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>ការយល់ព្រម</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>បញ្ជីការយល់ព្រម</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>ឯកសារ</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>បញ្ជីឯកសារ</translation>
    </message>
    <message>
        <source>Profile photo</source>
        <translation>រូបថតប្រវត្តិរូប</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>ការអប់រំ</translation>
    </message>
    <message>
        <source>School enrolment</source>
        <translation>ការចុះឈ្មោះចូលរៀន</translation>
    </message>
    <message>
        <source>School result</source>
        <translation>លទ្ធផលសិក្សា</translation>
    </message>
    <message>
        <source>Vocational training</source>
        <translation>បណ្តុះបណ្តាលវិជ្ជាជីវៈ</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>វគ្គបណ្តុះបណ្តាល</translation>
    </message>
    <message>
        <source>Training milestone</source>
        <translation>សមិទ្ធផលនៃវគ្គបណ្តុះបណ្តាល</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>ការវាយតម្លៃ</translation>
    </message>
    <message>
        <source>Assessment form</source>
        <translation>ទម្រង់វាយតម្លៃ</translation>
    </message>
    <message>
        <source>Care plan</source>
        <translation>ផែនការថែទាំ</translation>
    </message>
    <message>
        <source>Reintegration</source>
        <translation>ការធ្វើសមាហរណកម្ម</translation>
    </message>
    <message>
        <source>Follow-up visit</source>
        <translation>ការចុះតាមដាន</translation>
    </message>
    <message>
        <source>Follow-up visit form</source>
        <translation>ទម្រង់ការចុះតាមដាន</translation>
    </message>
    <message>
        <source>Case closure</source>
        <translation>ការបិទករណី</translation>
    </message>
    <message>
        <source>Anonymized summary</source>
        <translation>របាយការណ៍សង្ខេបដែលមិនបង្ហាញអត្តសញ្ញាណ</translation>
    </message>
</context>
<context>
    <name>BackupPanel</name>
    <message>
        <source>Choose the backup folder</source>
        <translation>ជ្រើសរើសថតសម្រាប់ការបម្រុងទុក</translation>
    </message>
    <message>
        <source>Reading the backup folder</source>
        <translation>កំពុងអានថតបម្រុងទុក</translation>
    </message>
    <message>
        <source>Making and verifying a backup…</source>
        <translation>កំពុងបង្កើត និងផ្ទៀងផ្ទាត់ការបម្រុងទុក…</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>Backup made and verified: {name}, {size}.</source>
        <translation>បានបង្កើត និងផ្ទៀងផ្ទាត់ការបម្រុងទុក៖ {name}, {size}។</translation>
    </message>
    <message>
        <source>{folder} (the default)</source>
        <translation>{folder} (លំនាំដើម)</translation>
    </message>
    <message>
        <source>There are no backups in this folder yet.</source>
        <translation>មិនទាន់មានការបម្រុងទុកក្នុងថតនេះនៅឡើយទេ។</translation>
    </message>
    <message>
        <source>A backup is an encrypted copy of the whole database, opened and checked before it is kept. It opens with the same key and recovery key. Keep recent backups on a USB stick stored away from this PC.</source>
        <translation>ការបម្រុងទុក គឺជាច្បាប់ចម្លងដែលបានអ៊ិនគ្រីបនៃមូលដ្ឋានទិន្នន័យទាំងមូល ដែលត្រូវបានបើក និងពិនិត្យមុននឹងរក្សាទុក។ វាបើកដោយប្រើសោដដែល និងសោសង្គ្រោះដដែល។ សូមរក្សាការបម្រុងទុកថ្មីៗនៅលើ USB ដែលទុកឆ្ងាយពីកុំព្យូទ័រនេះ។</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>បម្រុងទុកឥឡូវនេះ</translation>
    </message>
    <message>
        <source>Change the database key…</source>
        <translation>ប្តូរកូនសោមូលដ្ឋានទិន្នន័យ…</translation>
    </message>
    <message>
        <source>Backups in the folder</source>
        <translation>ការបម្រុងទុកក្នុងថត</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>ថត៖</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>ជ្រើសរើសថត…</translation>
    </message>
    <message>
        <source>Use the default folder</source>
        <translation>ប្រើថតលំនាំដើម</translation>
    </message>
    <message>
        <source>Older backups in this folder are removed automatically: the last days, weeks and months are kept.</source>
        <translation>ការបម្រុងទុកចាស់ៗក្នុងថតនេះត្រូវបានលុបដោយស្វ័យប្រវត្តិ៖ ការបម្រុងទុកនៃថ្ងៃ សប្ដាហ៍ និងខែចុងក្រោយត្រូវបានរក្សាទុក។</translation>
    </message>
    <message>
        <source>Made at</source>
        <translation>បង្កើតនៅ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>ទំហំ</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ឯកសារ</translation>
    </message>
</context>
<context>
    <name>BackupStatus</name>
    <message>
        <source>No backup has been made yet.</source>
        <translation>មិនទាន់មានការបម្រុងទុកណាមួយនៅឡើយទេ។</translation>
    </message>
    <message>
        <source>The last successful backup was made on {time}.</source>
        <translation>ការបម្រុងទុកដែលជោគជ័យចុងក្រោយ ត្រូវបានធ្វើនៅ {time}។</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>The backup folder {folder} is not there. Plug in the USB stick or choose another folder. No backup was made.</source>
        <translation>រកមិនឃើញថតបម្រុងទុក {folder} ទេ។ សូមដោត USB ឬជ្រើសថតផ្សេង។ មិនទាន់បានធ្វើការបម្រុងទុកទេ។</translation>
    </message>
    <message>
        <source>There is not enough free space in {folder} for a backup ({needed} MB needed, {free} MB free). Free some space or choose another folder. No backup was made.</source>
        <translation>ទំហំទំនេរនៅក្នុង {folder} មិនគ្រប់គ្រាន់សម្រាប់ការបម្រុងទុកទេ (ត្រូវការ {needed} MB នៅសល់ {free} MB)។ សូមលុបឯកសារខ្លះ ឬជ្រើសថតផ្សេង។ មិនទាន់បានធ្វើការបម្រុងទុកទេ។</translation>
    </message>
    <message>
        <source>The backup {file} cannot be opened with this key: either the key belongs to another database or the file is damaged or not a backup. Nothing was changed.</source>
        <translation>មិនអាចបើកការបម្រុងទុក {file} ដោយកូនសោនេះបានទេ៖ កូនសោនេះជារបស់មូលដ្ឋានទិន្នន័យផ្សេង ឬឯកសារខូច ឬមិនមែនជាការបម្រុងទុក។ គ្មានអ្វីត្រូវបានផ្លាស់ប្តូរទេ។</translation>
    </message>
    <message>
        <source>The backup {file} is damaged ({problem}). Nothing was changed. Try an older backup.</source>
        <translation>ការបម្រុងទុក {file} ខូច ({problem})។ គ្មានអ្វីត្រូវបានផ្លាស់ប្តូរទេ។ សូមសាកល្បងការបម្រុងទុកចាស់ជាងនេះ។</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of Shelter Desktop (schema {revision}). Install the newer version, then restore it. Nothing was changed.</source>
        <translation>ការបម្រុងទុកនេះត្រូវបានធ្វើដោយកំណែ Shelter Desktop ថ្មីជាង (schema {revision})។ សូមដំឡើងកំណែថ្មីនោះ រួចស្ដារវាឡើងវិញ។ គ្មានអ្វីត្រូវបានផ្លាស់ប្តូរទេ។</translation>
    </message>
    <message>
        <source>There is no backup file at {file}. Nothing was changed.</source>
        <translation>គ្មានឯកសារបម្រុងទុកនៅ {file} ទេ។ គ្មានអ្វីត្រូវបានផ្លាស់ប្តូរទេ។</translation>
    </message>
    <message>
        <source>The backup could not be written to {folder} ({kind}). Check the folder or USB stick and try again.</source>
        <translation>មិនអាចសរសេរការបម្រុងទុកទៅ {folder} បានទេ ({kind})។ សូមពិនិត្យថត ឬ USB ហើយសាកល្បងម្តងទៀត។</translation>
    </message>
    <message>
        <source>The automatic backup of {time} was not made: the backup folder {folder} is not there. Plug in the backup USB stick; the backup is tried again every few minutes.</source>
        <translation>ការបម្រុងទុកស្វ័យប្រវត្តិនៃ {time} មិនត្រូវបានធ្វើទេ៖ រកមិនឃើញថតបម្រុងទុក {folder} ទេ។ សូមដោត USB សម្រាប់បម្រុងទុក។ ការបម្រុងទុកនឹងព្យាយាមម្តងទៀតរៀងរាល់ប៉ុន្មាននាទីម្តង។</translation>
    </message>
    <message>
        <source>The automatic backup of {time} was not made: the backup folder {folder} is not there. Plug in the backup USB stick (the backup is tried again every few minutes), or choose another folder and make a backup under Administration → Backups.</source>
        <translation>ការបម្រុងទុកស្វ័យប្រវត្តិនៃ {time} មិនត្រូវបានធ្វើទេ៖ រកមិនឃើញថតបម្រុងទុក {folder} ទេ។ សូមដោត USB សម្រាប់បម្រុងទុក (ការបម្រុងទុកនឹងព្យាយាមម្តងទៀតរៀងរាល់ប៉ុន្មាននាទីម្តង) ឬជ្រើសរើសថតផ្សេង ហើយធ្វើការបម្រុងទុកនៅក្រោម ការគ្រប់គ្រងប្រព័ន្ធ → ការបម្រុងទុក។</translation>
    </message>
    <message>
        <source>The automatic backup of {time} was not made: there is not enough free space in {folder}. Free some space there, or choose another folder and make a backup under Administration → Backups.</source>
        <translation>ការបម្រុងទុកស្វ័យប្រវត្តិនៃ {time} មិនត្រូវបានធ្វើទេ៖ ទំហំទំនេរនៅក្នុង {folder} មិនគ្រប់គ្រាន់ទេ។ សូមលុបឯកសារខ្លះនៅទីនោះ ឬជ្រើសរើសថតផ្សេង ហើយធ្វើការបម្រុងទុកនៅក្រោម ការគ្រប់គ្រងប្រព័ន្ធ → ការបម្រុងទុក។</translation>
    </message>
    <message>
        <source>The automatic backup of {time} was not made: there is not enough free space in {folder}. Tell your administrator.</source>
        <translation>ការបម្រុងទុកស្វ័យប្រវត្តិនៃ {time} មិនត្រូវបានធ្វើទេ៖ ទំហំទំនេរនៅក្នុង {folder} មិនគ្រប់គ្រាន់ទេ។ សូមប្រាប់អ្នកគ្រប់គ្រងប្រព័ន្ធរបស់អ្នក។</translation>
    </message>
    <message>
        <source>The automatic backup of {time} could not be written to {folder}. Check the USB stick or drive (is it write-protected or failing?), or choose another folder and make a backup under Administration → Backups.</source>
        <translation>មិនអាចសរសេរការបម្រុងទុកស្វ័យប្រវត្តិនៃ {time} ទៅ {folder} បានទេ។ សូមពិនិត្យ USB ឬថាស (តើវាត្រូវបានការពារមិនឱ្យសរសេរ ឬកំពុងខូចឬទេ?) ឬជ្រើសរើសថតផ្សេង ហើយធ្វើការបម្រុងទុកនៅក្រោម ការគ្រប់គ្រងប្រព័ន្ធ → ការបម្រុងទុក។</translation>
    </message>
    <message>
        <source>The automatic backup of {time} could not be written to {folder}. Tell your administrator.</source>
        <translation>មិនអាចសរសេរការបម្រុងទុកស្វ័យប្រវត្តិនៃ {time} ទៅ {folder} បានទេ។ សូមប្រាប់អ្នកគ្រប់គ្រងប្រព័ន្ធរបស់អ្នក។</translation>
    </message>
    <message>
        <source>The automatic backup of {time} was not kept: the copy of the database failed its check. Run the check under Administration → Integrity now, and restore the last good backup if it reports damage.</source>
        <translation>ការបម្រុងទុកស្វ័យប្រវត្តិនៃ {time} មិនត្រូវបានរក្សាទុកទេ៖ ច្បាប់ចម្លងនៃមូលដ្ឋានទិន្នន័យមិនបានឆ្លងកាត់ការពិនិត្យ។ សូមដំណើរការការពិនិត្យនៅក្រោម ការគ្រប់គ្រងប្រព័ន្ធ → ភាពត្រឹមត្រូវ ឥឡូវនេះ ហើយស្ដារការបម្រុងទុកល្អចុងក្រោយ ប្រសិនបើវារាយការណ៍ថាមានការខូចខាត។</translation>
    </message>
    <message>
        <source>The automatic backup of {time} was not kept: the copy of the database failed its check. Tell your administrator today.</source>
        <translation>ការបម្រុងទុកស្វ័យប្រវត្តិនៃ {time} មិនត្រូវបានរក្សាទុកទេ៖ ច្បាប់ចម្លងនៃមូលដ្ឋានទិន្នន័យមិនបានឆ្លងកាត់ការពិនិត្យ។ សូមប្រាប់អ្នកគ្រប់គ្រងប្រព័ន្ធរបស់អ្នកនៅថ្ងៃនេះ។</translation>
    </message>
</context>
<context>
    <name>BatchPrintDialog</name>
    <message>
        <source>Print care plans due for review</source>
        <translation>បោះពុម្ពផែនការថែទាំដែលដល់ពេលត្រូវពិនិត្យឡើងវិញ</translation>
    </message>
    <message>
        <source>Prints every active care plan whose review date falls on or before the day you choose, as one document. Each plan starts on a new page.</source>
        <translation>បោះពុម្ពផែនការថែទាំសកម្មទាំងអស់ ដែលមានកាលបរិច្ឆេទពិនិត្យឡើងវិញ ត្រូវនឹង ឬមុនថ្ងៃដែលអ្នកជ្រើសរើស ជាឯកសារតែមួយ។ ផែនការនីមួយៗចាប់ផ្តើមនៅទំព័រថ្មី។</translation>
    </message>
    <message>
        <source>Due for review up to</source>
        <translation>ដល់ពេលត្រូវពិនិត្យឡើងវិញ រហូតដល់</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ភាសា</translation>
    </message>
    <message>
        <source>Prepare…</source>
        <translation>រៀបចំ…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>បោះបង់</translation>
    </message>
    <message>
        <source>Counting care plans</source>
        <translation>កំពុងរាប់ផែនការថែទាំ</translation>
    </message>
    <message>
        <source>No care plan is due for review by {day}.</source>
        <translation>គ្មានផែនការថែទាំណាមួយដល់ពេលត្រូវពិនិត្យឡើងវិញ ត្រឹមថ្ងៃ {day} ទេ។</translation>
    </message>
    <message>
        <source>1 care plan is due for review by {day}.</source>
        <translation>មានផែនការថែទាំ 1 ដល់ពេលត្រូវពិនិត្យឡើងវិញ ត្រឹមថ្ងៃ {day}។</translation>
    </message>
    <message>
        <source>{count} care plans are due for review by {day}.</source>
        <translation>មានផែនការថែទាំ {count} ដល់ពេលត្រូវពិនិត្យឡើងវិញ ត្រឹមថ្ងៃ {day}។</translation>
    </message>
    <message>
        <source>Preparing the care plans…</source>
        <translation>កំពុងរៀបចំផែនការថែទាំ…</translation>
    </message>
</context>
<context>
    <name>BlankFormsDialog</name>
    <message>
        <source>Print a blank form</source>
        <translation>បោះពុម្ពទម្រង់ទទេ</translation>
    </message>
    <message>
        <source>A blank form to fill in by hand during a visit or an assessment.</source>
        <translation>ទម្រង់ទទេ សម្រាប់បំពេញដោយដៃ ក្នុងពេលចុះតាមដាន ឬពេលវាយតម្លៃ។</translation>
    </message>
    <message>
        <source>A blank form to fill in by hand, with this resident&apos;s name and case number printed in.</source>
        <translation>ទម្រង់ទទេ សម្រាប់បំពេញដោយដៃ ដែលមានបោះពុម្ពឈ្មោះ និងលេខករណីរបស់អ្នកស្នាក់នៅនេះរួចជាស្រេច។</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>ទម្រង់</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ភាសា</translation>
    </message>
    <message>
        <source>Prepare…</source>
        <translation>រៀបចំ…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>បោះបង់</translation>
    </message>
    <message>
        <source>Follow-up visit form</source>
        <translation>ទម្រង់ការចុះតាមដាន</translation>
    </message>
    <message>
        <source>Assessment form: {title}</source>
        <translation>ទម្រង់វាយតម្លៃ៖ {title}</translation>
    </message>
    <message>
        <source>Preparing the form</source>
        <translation>កំពុងរៀបចំទម្រង់</translation>
    </message>
</context>
<context>
    <name>CarePlanEditor</name>
    <message>
        <source>— nobody named —</source>
        <translation>— មិនបានកំណត់ឈ្មោះនរណាម្នាក់ —</translation>
    </message>
    <message>
        <source>Staff {id}</source>
        <translation>បុគ្គលិក {id}</translation>
    </message>
    <message>
        <source>Discard the changes?</source>
        <translation>បោះបង់ការកែប្រែឬ?</translation>
    </message>
    <message>
        <source>The changes to this care plan are not saved yet.</source>
        <translation>ការកែប្រែលើផែនការថែទាំនេះ មិនទាន់បានរក្សាទុកនៅឡើយទេ។</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>បោះបង់ការកែប្រែ</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>បន្តកែ</translation>
    </message>
    <message>
        <source>Every domain scored 1 or 2 needs a goal before the plan can be made active. Still without a goal: {domains}.</source>
        <translation>វិស័យនីមួយៗដែលទទួលបានពិន្ទុ 1 ឬ 2 ត្រូវមានគោលដៅ មុនពេលអាចដាក់ផែនការឱ្យប្រើជាផ្លូវការបាន។ វិស័យដែលនៅគ្មានគោលដៅ៖ {domains}។</translation>
    </message>
    <message>
        <source>New care plan</source>
        <translation>ផែនការថែទាំថ្មី</translation>
    </message>
    <message>
        <source>Save as draft</source>
        <translation>រក្សាទុកជាសេចក្តីព្រាង</translation>
    </message>
    <message>
        <source>Care plan, version {version}</source>
        <translation>ផែនការថែទាំ កំណែ {version}</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>រក្សាទុកការកែប្រែ</translation>
    </message>
    <message>
        <source>Goals for the domains where she scored lowest come first. Write each goal in words she understands, then the actions that lead to it: what will be done, by whom, by when.</source>
        <translation>គោលដៅសម្រាប់វិស័យដែលនាងទទួលបានពិន្ទុទាបបំផុត មកមុនគេ។ សូមសរសេរគោលដៅនីមួយៗ ជាពាក្យដែលនាងយល់ បន្ទាប់មកសរសេរសកម្មភាពដែលនាំទៅដល់គោលដៅនោះ៖ អ្វីដែលនឹងត្រូវធ្វើ ដោយនរណា និងត្រឹមពេលណា។</translation>
    </message>
    <message>
        <source>Review by:</source>
        <translation>ពិនិត្យឡើងវិញត្រឹម៖</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>សេចក្តីសង្ខេប៖</translation>
    </message>
    <message>
        <source>What the plan is about, agreed with her</source>
        <translation>ខ្លឹមសារនៃផែនការ ដែលបានព្រមព្រៀងជាមួយនាង</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>គោលដៅ</translation>
    </message>
    <message>
        <source>Add goal</source>
        <translation>បន្ថែមគោលដៅ</translation>
    </message>
    <message>
        <source>No goals yet. Add the first goal.</source>
        <translation>មិនទាន់មានគោលដៅនៅឡើយទេ។ សូមបន្ថែមគោលដៅដំបូង។</translation>
    </message>
</context>
<context>
    <name>CarePlanTab</name>
    <message>
        <source>Loading the care plan</source>
        <translation>កំពុងផ្ទុកផែនការថែទាំ</translation>
    </message>
    <message>
        <source>Version {version} · {status} · {date}</source>
        <translation>កំណែ {version} · {status} · {date}</translation>
    </message>
    <message>
        <source>No care plan yet. Start one from the latest assessment: every domain scored 1 or 2 becomes a goal.</source>
        <translation>មិនទាន់មានផែនការថែទាំនៅឡើយទេ។ សូមចាប់ផ្តើមផែនការមួយពីការវាយតម្លៃចុងក្រោយ៖ រាល់វិស័យដែលទទួលបានពិន្ទុ 1 ឬ 2 នឹងក្លាយជាគោលដៅមួយ។</translation>
    </message>
    <message>
        <source>Care plan, version {version}</source>
        <translation>ផែនការថែទាំ កំណែ {version}</translation>
    </message>
    <message>
        <source>Review was due {date}</source>
        <translation>ការពិនិត្យឡើងវិញត្រូវធ្វើនៅ {date}</translation>
    </message>
    <message>
        <source>Review by {date}</source>
        <translation>ត្រូវពិនិត្យឡើងវិញមុន {date}</translation>
    </message>
    <message>
        <source>Written by {name} on {date}.</source>
        <translation>សរសេរដោយ {name} នៅថ្ងៃ {date}។</translation>
    </message>
    <message>
        <source>Based on the {assessment} of {date}.</source>
        <translation>ផ្អែកលើ {assessment} នៃថ្ងៃ {date}។</translation>
    </message>
    <message>
        <source>This version was replaced by a later one. It is shown as it was and cannot be changed.</source>
        <translation>កំណែនេះត្រូវបានជំនួសដោយកំណែក្រោយ។ វាត្រូវបានបង្ហាញដូចដើម ហើយមិនអាចកែប្រែបានទេ។</translation>
    </message>
    <message>
        <source>This is a draft. It takes effect when it is made active.</source>
        <translation>នេះជាសេចក្តីព្រាង។ វានឹងមានប្រសិទ្ធភាពនៅពេលដែលវាត្រូវបានដាក់ឱ្យប្រើ។</translation>
    </message>
    <message>
        <source>No goal yet for domains scored 1 or 2: {domains}.</source>
        <translation>មិនទាន់មានគោលដៅសម្រាប់វិស័យដែលទទួលបានពិន្ទុ 1 ឬ 2 ទេ៖ {domains}។</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>ផ្សេងទៀត</translation>
    </message>
    <message>
        <source>Scored {score} of 4 in the assessment</source>
        <translation>ទទួលបានពិន្ទុ {score} លើ 4 ក្នុងការវាយតម្លៃ</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>រួចរាល់</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>ត្រូវធ្វើ</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>ចុះហត្ថលេខាដោយ</translation>
    </message>
    <message>
        <source>Signed by: nobody yet</source>
        <translation>ចុះហត្ថលេខាដោយ៖ មិនទាន់មាននរណាម្នាក់នៅឡើយ</translation>
    </message>
    <message>
        <source>Preparing a care plan</source>
        <translation>កំពុងរៀបចំផែនការថែទាំ</translation>
    </message>
    <message>
        <source>Opening the care plan</source>
        <translation>កំពុងបើកផែនការថែទាំ</translation>
    </message>
    <message>
        <source>Version {version} becomes the care plan staff work to.</source>
        <translation>កំណែ {version} នឹងក្លាយជាផែនការថែទាំដែលបុគ្គលិកអនុវត្តតាម។</translation>
    </message>
    <message>
        <source>Version {old} is kept, read-only, as replaced by it.</source>
        <translation>កំណែ {old} នឹងត្រូវរក្សាទុកសម្រាប់តែអាន ដោយសម្គាល់ថាត្រូវបានជំនួសដោយកំណែនេះ។</translation>
    </message>
    <message>
        <source>Make this care plan active?</source>
        <translation>ដាក់ផែនការថែទាំនេះឱ្យប្រើឬ?</translation>
    </message>
    <message>
        <source>Make active</source>
        <translation>ដាក់ឱ្យប្រើ</translation>
    </message>
    <message>
        <source>Making the care plan active</source>
        <translation>កំពុងដាក់ផែនការថែទាំឱ្យប្រើ</translation>
    </message>
    <message>
        <source>Start a review?</source>
        <translation>ចាប់ផ្តើមការពិនិត្យឡើងវិញឬ?</translation>
    </message>
    <message>
        <source>A new draft version is made from version {version}: the same goals and actions, a new review date, and goals for domains that scored 1 or 2 in a newer assessment. Version {version} stays in force until the new one is made active.</source>
        <translation>កំណែសេចក្តីព្រាងថ្មីមួយ ត្រូវបានបង្កើតចេញពីកំណែ {version}៖ មានគោលដៅ និងសកម្មភាពដូចគ្នា កាលបរិច្ឆេទពិនិត្យឡើងវិញថ្មី និងគោលដៅសម្រាប់វិស័យដែលទទួលបានពិន្ទុ 1 ឬ 2 ក្នុងការវាយតម្លៃថ្មីជាង។ កំណែ {version} នៅតែមានសុពលភាព រហូតដល់កំណែថ្មីត្រូវបានដាក់ឱ្យប្រើ។</translation>
    </message>
    <message>
        <source>Start review</source>
        <translation>ចាប់ផ្តើមពិនិត្យឡើងវិញ</translation>
    </message>
    <message>
        <source>Starting the review</source>
        <translation>កំពុងចាប់ផ្តើមការពិនិត្យឡើងវិញ</translation>
    </message>
    <message>
        <source>New care plan from latest assessment…</source>
        <translation>ផែនការថែទាំថ្មីពីការវាយតម្លៃចុងក្រោយ…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>កែ…</translation>
    </message>
    <message>
        <source>Start review…</source>
        <translation>ចាប់ផ្តើមពិនិត្យឡើងវិញ…</translation>
    </message>
    <message>
        <source>Record sign-off…</source>
        <translation>កត់ត្រាការចុះហត្ថលេខា…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>បោះពុម្ព…</translation>
    </message>
    <message>
        <source>In English</source>
        <translation>ជាភាសាអង់គ្លេស</translation>
    </message>
    <message>
        <source>In Khmer</source>
        <translation>ជាភាសាខ្មែរ</translation>
    </message>
    <message>
        <source>In English and Khmer</source>
        <translation>ជាភាសាអង់គ្លេស និងខ្មែរ</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>កំណែ៖</translation>
    </message>
    <message>
        <source>Goals and actions</source>
        <translation>គោលដៅ និងសកម្មភាព</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>វិស័យ</translation>
    </message>
    <message>
        <source>Goal / action</source>
        <translation>គោលដៅ / សកម្មភាព</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>អ្នកទទួលខុសត្រូវ</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>កាលបរិច្ឆេទគោលដៅ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ស្ថានភាព</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>ភាគី</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ឈ្មោះ</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>ចុះហត្ថលេខានៅថ្ងៃ</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>កត់ត្រាដោយ</translation>
    </message>
</context>
<context>
    <name>CarePlans</name>
    <message>
        <source>Draft</source>
        <translation>សេចក្តីព្រាង</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>កំពុងប្រើ</translation>
    </message>
    <message>
        <source>Replaced by a later version</source>
        <translation>ត្រូវបានជំនួសដោយកំណែក្រោយ</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>មិនទាន់ចាប់ផ្តើម</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>កំពុងដំណើរការ</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>សម្រេចបាន</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>បានបោះបង់</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>អ្នកស្នាក់នៅ</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>អាណាព្យាបាល</translation>
    </message>
    <message>
        <source>Case manager</source>
        <translation>អ្នកគ្រប់គ្រងករណី</translation>
    </message>
    <message>
        <source>The review date is in the past. Choose the day the plan will next be reviewed.</source>
        <translation>កាលបរិច្ឆេទពិនិត្យឡើងវិញស្ថិតនៅក្នុងអតីតកាល។ សូមជ្រើសរើសថ្ងៃដែលផែនការនឹងត្រូវពិនិត្យឡើងវិញលើកក្រោយ។</translation>
    </message>
    <message>
        <source>The review date is more than {years} years away. Choose a nearer date: a care plan is reviewed at least every few months.</source>
        <translation>កាលបរិច្ឆេទពិនិត្យឡើងវិញនៅឆ្ងាយជាង {years} ឆ្នាំទៀត។ សូមជ្រើសរើសកាលបរិច្ឆេទដែលជិតជាងនេះ៖ ផែនការថែទាំត្រូវពិនិត្យឡើងវិញយ៉ាងហោចណាស់រៀងរាល់ពីរបីខែម្តង។</translation>
    </message>
    <message>
        <source>The summary is too long ({length} characters). Shorten it to at most {limit} characters.</source>
        <translation>សេចក្តីសង្ខេបវែងពេក ({length} តួអក្សរ)។ សូមកាត់ឱ្យខ្លីមកត្រឹម {limit} តួអក្សរយ៉ាងច្រើន។</translation>
    </message>
    <message>
        <source>The text contains an invisible control character, perhaps pasted from another program. Delete the text and type it again.</source>
        <translation>អត្ថបទមានតួអក្សរបញ្ជាដែលមើលមិនឃើញ ប្រហែលជាបានបិទភ្ជាប់ពីកម្មវិធីផ្សេង។ សូមលុបអត្ថបទនោះ ហើយវាយវាម្តងទៀត។</translation>
    </message>
    <message>
        <source>A care plan can have at most {limit} goals. Remove goals that are achieved or combine related ones.</source>
        <translation>ផែនការថែទាំមួយអាចមានគោលដៅច្រើនបំផុត {limit}។ សូមដកគោលដៅដែលសម្រេចបានហើយចេញ ឬបញ្ចូលគោលដៅដែលពាក់ព័ន្ធគ្នាចូលគ្នា។</translation>
    </message>
    <message>
        <source>Goal {number} has no text. Write what she should achieve, or remove the goal.</source>
        <translation>គោលដៅទី {number} មិនមានអត្ថបទទេ។ សូមសរសេរអ្វីដែលនាងគួរសម្រេចបាន ឬដកគោលដៅនេះចេញ។</translation>
    </message>
    <message>
        <source>Goal {number} is too long ({length} characters). Shorten it to at most {limit} characters; put the steps into actions.</source>
        <translation>គោលដៅទី {number} វែងពេក ({length} តួអក្សរ)។ សូមកាត់ឱ្យខ្លីមកត្រឹម {limit} តួអក្សរយ៉ាងច្រើន ហើយដាក់ជំហាននានាទៅក្នុងសកម្មភាព។</translation>
    </message>
    <message>
        <source>Goal {number}: choose a domain from the list, or “Other”.</source>
        <translation>គោលដៅទី {number}៖ សូមជ្រើសរើសវិស័យមួយពីបញ្ជី ឬ “ផ្សេងទៀត”។</translation>
    </message>
    <message>
        <source>Goal {number}: choose a status from the list.</source>
        <translation>គោលដៅទី {number}៖ សូមជ្រើសរើសស្ថានភាពមួយពីបញ្ជី។</translation>
    </message>
    <message>
        <source>Goal {number}: choose the responsible person from the list.</source>
        <translation>គោលដៅទី {number}៖ សូមជ្រើសរើសអ្នកទទួលខុសត្រូវពីបញ្ជី។</translation>
    </message>
    <message>
        <source>Goal {number}: the target date is more than {years} years away. Check the year.</source>
        <translation>គោលដៅទី {number}៖ កាលបរិច្ឆេទគោលដៅគឺនៅឆ្ងាយជាង {years} ឆ្នាំទៀត។ សូមពិនិត្យឆ្នាំឡើងវិញ។</translation>
    </message>
    <message>
        <source>Goal {number}: the target date is more than {years} years ago. Check the year.</source>
        <translation>គោលដៅទី {number}៖ កាលបរិច្ឆេទគោលដៅគឺលើសពី {years} ឆ្នាំមុន។ សូមពិនិត្យឆ្នាំឡើងវិញ។</translation>
    </message>
    <message>
        <source>Goal {number} has more than {limit} actions. Remove finished ones or split the goal.</source>
        <translation>គោលដៅទី {number} មានសកម្មភាពច្រើនជាង {limit}។ សូមដកសកម្មភាពដែលបានបញ្ចប់ចេញ ឬបំបែកគោលដៅនេះជាច្រើន។</translation>
    </message>
    <message>
        <source>Goal {number}, action {action}: the action has no text. Write what will be done, or remove the action.</source>
        <translation>គោលដៅទី {number} សកម្មភាពទី {action}៖ សកម្មភាពនេះមិនមានអត្ថបទទេ។ សូមសរសេរអ្វីដែលនឹងត្រូវធ្វើ ឬដកសកម្មភាពនេះចេញ។</translation>
    </message>
    <message>
        <source>Goal {number}, action {action} is too long ({length} characters). Shorten it to at most {limit} characters.</source>
        <translation>គោលដៅទី {number} សកម្មភាពទី {action} វែងពេក ({length} តួអក្សរ)។ សូមកាត់ឱ្យខ្លីមកត្រឹម {limit} តួអក្សរយ៉ាងច្រើន។</translation>
    </message>
    <message>
        <source>Goal {number}, action {action}: choose the responsible person from the list.</source>
        <translation>គោលដៅទី {number} សកម្មភាពទី {action}៖ សូមជ្រើសរើសអ្នកទទួលខុសត្រូវពីបញ្ជី។</translation>
    </message>
    <message>
        <source>Goal {number}, action {action}: the target date is more than {years} years away. Check the year.</source>
        <translation>គោលដៅទី {number} សកម្មភាពទី {action}៖ កាលបរិច្ឆេទគោលដៅគឺនៅឆ្ងាយជាង {years} ឆ្នាំទៀត។ សូមពិនិត្យឆ្នាំឡើងវិញ។</translation>
    </message>
    <message>
        <source>Goal {number}, action {action}: the target date is more than {years} years ago. Check the year.</source>
        <translation>គោលដៅទី {number} សកម្មភាពទី {action}៖ កាលបរិច្ឆេទគោលដៅគឺលើសពី {years} ឆ្នាំមុន។ សូមពិនិត្យឆ្នាំឡើងវិញ។</translation>
    </message>
    <message>
        <source>Choose who signed: the resident, her guardian or the case manager.</source>
        <translation>សូមជ្រើសរើសអ្នកដែលបានចុះហត្ថលេខា៖ អ្នកស្នាក់នៅ អាណាព្យាបាលរបស់នាង ឬអ្នកគ្រប់គ្រងករណី។</translation>
    </message>
    <message>
        <source>Enter the name of the person who signed.</source>
        <translation>សូមបញ្ចូលឈ្មោះអ្នកដែលបានចុះហត្ថលេខា។</translation>
    </message>
    <message>
        <source>The name is too long ({length} characters). Shorten it to at most {limit} characters.</source>
        <translation>ឈ្មោះវែងពេក ({length} តួអក្សរ)។ សូមកាត់ឱ្យខ្លីមកត្រឹម {limit} តួអក្សរយ៉ាងច្រើន។</translation>
    </message>
    <message>
        <source>The signing date is in the future. Enter the day the paper was signed.</source>
        <translation>កាលបរិច្ឆេទចុះហត្ថលេខាស្ថិតនៅក្នុងអនាគត។ សូមបញ្ចូលថ្ងៃដែលក្រដាសត្រូវបានចុះហត្ថលេខា។</translation>
    </message>
    <message>
        <source>The signing date is before this version of the plan was written. Enter the day the paper was signed.</source>
        <translation>កាលបរិច្ឆេទចុះហត្ថលេខាគឺមុនពេលដែលកំណែនេះនៃផែនការត្រូវបានសរសេរ។ សូមបញ្ចូលថ្ងៃដែលក្រដាសត្រូវបានចុះហត្ថលេខា។</translation>
    </message>
    <message>
        <source>Version {version} of the care plan is still a draft. Open that draft and finish it, or make it active, before starting another.</source>
        <translation>កំណែ {version} នៃផែនការថែទាំនៅតែជាសេចក្តីព្រាង។ សូមបើកសេចក្តីព្រាងនោះ ហើយបញ្ចប់វា ឬដាក់វាឱ្យប្រើ មុននឹងចាប់ផ្តើមកំណែមួយទៀត។</translation>
    </message>
    <message>
        <source>This version of the care plan was replaced by a later version and can no longer be changed. Open the current version instead.</source>
        <translation>កំណែនេះនៃផែនការថែទាំត្រូវបានជំនួសដោយកំណែក្រោយ ហើយមិនអាចកែប្រែបានទៀតទេ។ សូមបើកកំណែបច្ចុប្បន្នជំនួសវិញ។</translation>
    </message>
    <message>
        <source>Only a draft can be made active. This version is already {status}.</source>
        <translation>មានតែសេចក្តីព្រាងប៉ុណ្ណោះដែលអាចដាក់ឱ្យប្រើបាន។ កំណែនេះមានស្ថានភាព {status} រួចហើយ។</translation>
    </message>
    <message>
        <source>Add at least one goal before making the care plan active.</source>
        <translation>សូមបន្ថែមគោលដៅយ៉ាងហោចណាស់មួយ មុននឹងដាក់ផែនការថែទាំឱ្យប្រើ។</translation>
    </message>
    <message>
        <source>Every domain scored 1 or 2 in the assessment needs a goal. Add a goal for: {domains}.</source>
        <translation>រាល់វិស័យដែលទទួលបានពិន្ទុ 1 ឬ 2 ក្នុងការវាយតម្លៃ ត្រូវមានគោលដៅមួយ។ សូមបន្ថែមគោលដៅសម្រាប់៖ {domains}។</translation>
    </message>
    <message>
        <source>Only the active care plan can be reviewed. Make a plan active first.</source>
        <translation>មានតែផែនការថែទាំដែលកំពុងប្រើប៉ុណ្ណោះដែលអាចពិនិត្យឡើងវិញបាន។ សូមដាក់ផែនការមួយឱ្យប្រើជាមុនសិន។</translation>
    </message>
    <message>
        <source>A sign-off by this party is already recorded for version {version}. Each party signs a version once.</source>
        <translation>ការចុះហត្ថលេខារបស់ភាគីនេះត្រូវបានកត់ត្រារួចហើយសម្រាប់កំណែ {version}។ ភាគីនីមួយៗចុះហត្ថលេខាលើកំណែមួយតែម្តងប៉ុណ្ណោះ។</translation>
    </message>
    <message>
        <source>That assessment belongs to another resident&apos;s file. Start the plan from this resident&apos;s own assessment.</source>
        <translation>ការវាយតម្លៃនោះជារបស់សំណុំឯកសាររបស់អ្នកស្នាក់នៅម្នាក់ទៀត។ សូមចាប់ផ្តើមផែនការពីការវាយតម្លៃផ្ទាល់របស់អ្នកស្នាក់នៅនេះ។</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Choose your password – Shelter Desktop</source>
        <translation>ជ្រើសរើសពាក្យសម្ងាត់របស់អ្នក – Shelter Desktop</translation>
    </message>
    <message>
        <source>Welcome, {name}</source>
        <translation>សូមស្វាគមន៍ {name}</translation>
    </message>
    <message>
        <source>Your password was set by an administrator. Choose your own password now. Nobody else, not even the administrator, should know it.</source>
        <translation>ពាក្យសម្ងាត់របស់អ្នកត្រូវបានកំណត់ដោយអ្នកគ្រប់គ្រងប្រព័ន្ធ។ សូមជ្រើសរើសពាក្យសម្ងាត់ផ្ទាល់ខ្លួនឥឡូវនេះ។ មិនគួរមាននរណាម្នាក់ផ្សេងដឹងវាទេ សូម្បីតែអ្នកគ្រប់គ្រងប្រព័ន្ធ។</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>ពាក្យសម្ងាត់បច្ចុប្បន្ន (&amp;C)៖</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>ពាក្យសម្ងាត់ថ្មី (&amp;N)៖</translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>វាយពាក្យសម្ងាត់ថ្មីម្តងទៀត (&amp;R)៖</translation>
    </message>
    <message>
        <source>&amp;Change password</source>
        <translation>ប្តូរពាក្យសម្ងាត់ (&amp;C)</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>ចាកចេញ (&amp;O)</translation>
    </message>
    <message>
        <source>Changing the password…</source>
        <translation>កំពុងប្តូរពាក្យសម្ងាត់…</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>The database key is not available. {reason} Set the environment variable SHELTER_RECOVERY_KEY to the recovery key and run the command again.</source>
        <translation>រកមិនឃើញកូនសោមូលដ្ឋានទិន្នន័យទេ។ {reason} សូមកំណត់អថេរបរិស្ថាន SHELTER_RECOVERY_KEY ជាកូនសោសង្គ្រោះ រួចដំណើរការពាក្យបញ្ជាម្តងទៀត។</translation>
    </message>
    <message>
        <source>The two passwords are not the same. Nothing was created.</source>
        <translation>ពាក្យសម្ងាត់ទាំងពីរមិនដូចគ្នាទេ។ គ្មានអ្វីត្រូវបានបង្កើតទេ។</translation>
    </message>
    <message>
        <source>No password given: set the environment variable SHELTER_PASSWORD, or run the command in a terminal to type it.</source>
        <translation>មិនមានពាក្យសម្ងាត់ទេ៖ សូមកំណត់អថេរបរិស្ថាន SHELTER_PASSWORD ឬដំណើរការពាក្យបញ្ជាក្នុងបង្អួចពាក្យបញ្ជា (terminal) ដើម្បីវាយវាបញ្ចូល។</translation>
    </message>
    <message>
        <source>The graphical application could not start ({problem}). Reinstall the application, or use the commands listed by --help.</source>
        <translation>កម្មវិធីផ្ទាំងក្រាហ្វិកមិនអាចចាប់ផ្តើមបានទេ ({problem})។ សូមដំឡើងកម្មវិធីឡើងវិញ ឬប្រើពាក្យបញ្ជាដែលមានរាយក្នុង --help។</translation>
    </message>
    <message>
        <source>The database key is stored in this computer&apos;s credential store; later commands on this account unlock without the recovery key.</source>
        <translation>កូនសោមូលដ្ឋានទិន្នន័យត្រូវបានរក្សាទុកក្នុងកន្លែងរក្សាទុកពាក្យសម្ងាត់របស់កុំព្យូទ័រនេះ។ ពាក្យបញ្ជាបន្ទាប់ៗក្នុងគណនីនេះ នឹងបើកបានដោយមិនត្រូវការកូនសោសង្គ្រោះ។</translation>
    </message>
    <message>
        <source>The database key could NOT be stored in a credential store. {reason} Later commands need the environment variable SHELTER_RECOVERY_KEY set to the recovery key.</source>
        <translation>មិនអាចរក្សាទុកកូនសោមូលដ្ឋានទិន្នន័យ ក្នុងកន្លែងរក្សាទុកពាក្យសម្ងាត់បានទេ។ {reason} ពាក្យបញ្ជាបន្ទាប់ៗត្រូវការអថេរបរិស្ថាន SHELTER_RECOVERY_KEY ដែលកំណត់ជាកូនសោសង្គ្រោះ។</translation>
    </message>
    <message>
        <source>Created a new encrypted shelter database in {folder}.</source>
        <translation>បានបង្កើតមូលដ្ឋានទិន្នន័យមណ្ឌលថ្មី ដែលបានអ៊ិនគ្រីប នៅក្នុង {folder}។</translation>
    </message>
    <message>
        <source>Write the recovery key down and keep it somewhere safe: it is shown only once, and without it the database cannot be opened on another computer.</source>
        <translation>សូមសរសេរកូនសោសង្គ្រោះទុក ហើយរក្សាវានៅកន្លែងមានសុវត្ថិភាព៖ វាបង្ហាញតែម្តងគត់ ហើយបើគ្មានវា មិនអាចបើកមូលដ្ឋានទិន្នន័យនៅលើកុំព្យូទ័រផ្សេងបានទេ។</translation>
    </message>
    <message>
        <source>--residents must be 0 or more.</source>
        <translation>--residents ត្រូវតែជា 0 ឬច្រើនជាងនេះ។</translation>
    </message>
    <message>
        <source>Demo accounts ({names}) sign in with the demo password; {count} synthetic residents were added.</source>
        <translation>គណនីសាកល្បង ({names}) ចូលប្រើដោយពាក្យសម្ងាត់សាកល្បង។ បានបន្ថែមអ្នកស្នាក់នៅប្រឌិតចំនួន {count} នាក់។</translation>
    </message>
    <message>
        <source>The database is damaged. Restore the latest backup, or ask for technical help. Problems found:</source>
        <translation>មូលដ្ឋានទិន្នន័យខូច។ សូមស្តារការបម្រុងទុកចុងក្រោយ ឬសុំជំនួយបច្ចេកទេស។ បញ្ហាដែលរកឃើញ៖</translation>
    </message>
    <message>
        <source>The audit log has been tampered with or damaged ({count} problems):</source>
        <translation>កំណត់ត្រាសវនកម្មត្រូវបានគេលួចកែប្រែ ឬខូច (បញ្ហាចំនួន {count})៖</translation>
    </message>
    <message>
        <source>Healthy: encryption and integrity checks passed; the audit log&apos;s {events} events form an unbroken chain.</source>
        <translation>ល្អ៖ ការពិនិត្យការអ៊ិនគ្រីប និងភាពត្រឹមត្រូវបានជោគជ័យ។ ព្រឹត្តិការណ៍ទាំង {events} ក្នុងកំណត់ត្រាសវនកម្ម តភ្ជាប់គ្នាដោយមិនដាច់។</translation>
    </message>
    <message>
        <source>Backup written and verified: {file} ({size} KB). It opens only with this database&apos;s key (the recovery key).</source>
        <translation>បានសរសេរ និងផ្ទៀងផ្ទាត់ការបម្រុងទុក៖ {file} ({size} KB)។ វាបើកបានតែដោយកូនសោរបស់មូលដ្ឋានទិន្នន័យនេះ (កូនសោសង្គ្រោះ) ប៉ុណ្ណោះ។</translation>
    </message>
    <message>
        <source>The database key was changed. Only the recovery key above opens the database now: write it down and keep it locked away. Backups made before the change, including {backup}, still open only with the OLD recovery key.</source>
        <translation>កូនសោមូលដ្ឋានទិន្នន័យត្រូវបានផ្លាស់ប្តូរ។ ឥឡូវនេះ មានតែកូនសោសង្គ្រោះខាងលើប៉ុណ្ណោះដែលបើកមូលដ្ឋានទិន្នន័យបាន៖ សូមសរសេរវាទុក ហើយចាក់សោទុកឱ្យមានសុវត្ថិភាព។ ការបម្រុងទុកដែលបានធ្វើមុនការផ្លាស់ប្តូរ រួមទាំង {backup} នៅតែបើកបានតែជាមួយកូនសោសង្គ្រោះចាស់ប៉ុណ្ណោះ។</translation>
    </message>
    <message>
        <source>This computer does not remember the key: set SHELTER_RECOVERY_KEY to the new recovery key for later commands.</source>
        <translation>កុំព្យូទ័រនេះមិនចងចាំកូនសោទេ៖ សូមកំណត់ SHELTER_RECOVERY_KEY ជាកូនសោសង្គ្រោះថ្មី សម្រាប់ពាក្យបញ្ជាបន្ទាប់។</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist. Choose another place for the PDF.</source>
        <translation>ថត {folder} មិនមានទេ។ សូមជ្រើសរើសកន្លែងផ្សេងសម្រាប់ PDF។</translation>
    </message>
    <message>
        <source>This resident has no active care plan: printed the latest draft (version {version}) instead.</source>
        <translation>អ្នកស្នាក់នៅនេះមិនមានផែនការថែទាំកំពុងប្រើទេ៖ បានបោះពុម្ពសេចក្តីព្រាងចុងក្រោយ (កំណែ {version}) ជំនួសវិញ។</translation>
    </message>
    <message>
        <source>Care plan version {version} written to {file}.</source>
        <translation>ផែនការថែទាំកំណែ {version} ត្រូវបានសរសេរទៅ {file}។</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist. Choose another place for the summary.</source>
        <translation>ថត {folder} មិនមានទេ។ សូមជ្រើសរើសកន្លែងផ្សេងសម្រាប់សេចក្តីសង្ខេប។</translation>
    </message>
    <message>
        <source>Anonymized summary of {period} written to {file}: {tables} tables, {hidden} numbers hidden (counts below {k} and the cells that protect them).</source>
        <translation>សេចក្តីសង្ខេបអនាមិកនៃ {period} ត្រូវបានសរសេរទៅ {file}៖ តារាង {tables} លាក់លេខ {hidden} (ចំនួនដែលតិចជាង {k} និងក្រឡាដែលការពារពួកវា)។</translation>
    </message>
    <message>
        <source>This data folder has no key stored for it yet.</source>
        <translation>ថតទិន្នន័យនេះមិនទាន់មានកូនសោរក្សាទុកសម្រាប់វាទេ។</translation>
    </message>
    <message>
        <source>Restored the database from {file}.</source>
        <translation>បានស្ដារមូលដ្ឋានទិន្នន័យពី {file}។</translation>
    </message>
    <message>
        <source>The database it replaced was kept, unchanged, at {path}.</source>
        <translation>មូលដ្ឋានទិន្នន័យដែលត្រូវបានជំនួស ត្រូវបានរក្សាទុកដដែលនៅ {path}។</translation>
    </message>
    <message>
        <source>The key is not stored in a credential store on this computer: later commands need SHELTER_RECOVERY_KEY.</source>
        <translation>កូនសោមិនត្រូវបានរក្សាទុកក្នុងកន្លែងរក្សាទុកពាក្យសម្ងាត់នៃកុំព្យូទ័រនេះទេ៖ ពាក្យបញ្ជាបន្ទាប់ត្រូវការ SHELTER_RECOVERY_KEY។</translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation>ត្រូវបានបញ្ឈប់។</translation>
    </message>
    <message>
        <source>Unexpected error ({kind}). Nothing more is shown, to protect residents&apos; data; run again with SHELTER_DEBUG=1 for the details.</source>
        <translation>មានកំហុសមិនបានរំពឹងទុក ({kind})។ មិនបង្ហាញព័ត៌មានបន្ថែមទេ ដើម្បីការពារទិន្នន័យរបស់អ្នកស្នាក់នៅ។ សូមដំណើរការម្តងទៀតជាមួយ SHELTER_DEBUG=1 ដើម្បីមើលព័ត៌មានលម្អិត។</translation>
    </message>
</context>
<context>
    <name>ClosureDialog</name>
    <message>
        <source>Close case</source>
        <translation>បិទករណី</translation>
    </message>
    <message>
        <source>Closing sets her status to Closed and cancels the follow-up visits not made yet. Visits already made are kept.</source>
        <translation>ការបិទករណីនឹងប្តូរស្ថានភាពរបស់នាងទៅជា «បានបិទករណី» ហើយលុបចោលការចុះតាមដានដែលមិនទាន់បានធ្វើ។ ការចុះតាមដានដែលបានធ្វើរួចហើយនឹងត្រូវរក្សាទុក។</translation>
    </message>
    <message>
        <source>Choose the reason…</source>
        <translation>ជ្រើសរើសមូលហេតុ…</translation>
    </message>
    <message>
        <source>Closed on:</source>
        <translation>បិទនៅថ្ងៃ៖</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>មូលហេតុ៖</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>កំណត់ចំណាំ៖</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <source>Check your copy of the key</source>
        <translation>ពិនិត្យច្បាប់ចម្លងកូនសោរបស់អ្នក</translation>
    </message>
    <message>
        <source>Type two groups of the key from your paper or printout.</source>
        <translation>សូមវាយក្រុមពីររបស់កូនសោ ពីក្រដាសដែលអ្នកបានសរសេរ ឬបោះពុម្ព។</translation>
    </message>
    <message>
        <source>Look at the copy you wrote down or printed, not at the screen before. If you cannot, go back one page while the key is still shown.</source>
        <translation>សូមមើលច្បាប់ចម្លងដែលអ្នកបានសរសេរ ឬបោះពុម្ព មិនមែនមើលអេក្រង់មុនទេ។ បើអ្នកមិនអាចធ្វើបាន សូមថយក្រោយមួយទំព័រ ខណៈដែលកូនសោនៅតែបង្ហាញ។</translation>
    </message>
    <message>
        <source>Next: backups. A backup is an encrypted copy of the whole database that brings the records back if this computer breaks, is stolen or the database is damaged. After signing in, open Administration, Backups, choose a folder on a USB stick (or another folder, not only this computer) and click Back up now. From then on, while Shelter Desktop is open, it makes a backup there every day, and it offers one when an administrator closes it. A backup opens with the recovery key the database had when the backup was made: if you ever change the key, keep the old recovery sheet with the old backups.</source>
        <translation>បន្ទាប់៖ ការបម្រុងទុក។ ការបម្រុងទុក គឺជាច្បាប់ចម្លងអ៊ិនគ្រីបនៃមូលដ្ឋានទិន្នន័យទាំងមូល ដែលនាំកំណត់ត្រាត្រឡប់មកវិញ បើកុំព្យូទ័រនេះខូច ត្រូវគេលួច ឬមូលដ្ឋានទិន្នន័យខូច។ ក្រោយពេលចូលប្រើ សូមបើក ការគ្រប់គ្រងប្រព័ន្ធ &gt; ការបម្រុងទុក ជ្រើសរើសថតមួយនៅលើ USB (ឬថតផ្សេងមួយទៀត មិនមែនតែលើកុំព្យូទ័រនេះទេ) ហើយចុច បម្រុងទុកឥឡូវនេះ។ ចាប់ពីពេលនោះតទៅ ពេល Shelter Desktop កំពុងបើក វាធ្វើការបម្រុងទុកនៅទីនោះរៀងរាល់ថ្ងៃ ហើយវាស្នើឱ្យធ្វើការបម្រុងទុកមួយ ពេលអ្នកគ្រប់គ្រងប្រព័ន្ធបិទវា។ ការបម្រុងទុកបើកដោយកូនសោសង្គ្រោះ ដែលមូលដ្ឋានទិន្នន័យមាន នៅពេលធ្វើការបម្រុងទុកនោះ៖ បើអ្នកប្តូរកូនសោ សូមទុកសន្លឹកកូនសោសង្គ្រោះចាស់ជាមួយការបម្រុងទុកចាស់ៗ។</translation>
    </message>
    <message>
        <source>Group &amp;{n}:</source>
        <translation>ក្រុមទី &amp;{n}៖</translation>
    </message>
    <message>
        <source>Both groups are right. Press Finish.</source>
        <translation>ក្រុមទាំងពីរត្រឹមត្រូវ។ សូមចុច «បញ្ចប់»។</translation>
    </message>
    <message>
        <source>At least one group does not match. Check your copy of the key.</source>
        <translation>មានក្រុមយ៉ាងហោចណាស់មួយមិនត្រូវគ្នាទេ។ សូមពិនិត្យច្បាប់ចម្លងកូនសោរបស់អ្នក។</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Recording the consent…</source>
        <translation>កំពុងកត់ត្រាការយល់ព្រម…</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>កត់ត្រាការយល់ព្រម</translation>
    </message>
    <message>
        <source>Each decision is kept as its own record. To withdraw a consent, record it again as refused or withdrawn.</source>
        <translation>ការសម្រេចនីមួយៗត្រូវបានរក្សាទុកជាកំណត់ត្រាដាច់ដោយឡែក។ ដើម្បីដកការយល់ព្រមវិញ សូមកត់ត្រាម្តងទៀតថា «បដិសេធ ឬដកវិញ»។</translation>
    </message>
    <message>
        <source>&amp;Consent to:</source>
        <translation>យល់ព្រមលើ (&amp;C)៖</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>ការសម្រេច៖</translation>
    </message>
    <message>
        <source>&amp;Given by:</source>
        <translation>ផ្តល់ដោយ (&amp;G)៖</translation>
    </message>
    <message>
        <source>&amp;Recorded on:</source>
        <translation>កត់ត្រានៅថ្ងៃ (&amp;R)៖</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>កំណត់ចំណាំ (&amp;O)៖</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>យល់ព្រម</translation>
    </message>
    <message>
        <source>Refused or withdrawn</source>
        <translation>បដិសេធ ឬដកវិញ</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>កត់ត្រា (&amp;R)</translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <source>Consent</source>
        <translation>ការយល់ព្រម</translation>
    </message>
    <message>
        <source>Explain each point in a language the resident understands, then record the answer.</source>
        <translation>សូមពន្យល់ចំណុចនីមួយៗ ជាភាសាដែលអ្នកស្នាក់នៅយល់ រួចកត់ត្រាចម្លើយ។</translation>
    </message>
    <message>
        <source>Consent to care and to keeping a case file is needed before the intake can be saved. For a child, or someone who cannot decide alone, a guardian may give it.</source>
        <translation>ត្រូវមានការយល់ព្រមលើការថែទាំ និងការរក្សាទុកឯកសារករណី មុនពេលអាចរក្សាទុកការទទួលចូលបាន។ សម្រាប់កុមារ ឬអ្នកដែលមិនអាចសម្រេចចិត្តដោយខ្លួនឯង អាណាព្យាបាលអាចផ្តល់ការយល់ព្រមជំនួសបាន។</translation>
    </message>
    <message>
        <source>Consent to</source>
        <translation>យល់ព្រមលើ</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>ចម្លើយ</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>ផ្តល់ដោយ</translation>
    </message>
    <message>
        <source>On</source>
        <translation>នៅថ្ងៃ</translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation>មិនទាន់បានសួរ</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>យល់ព្រម</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>មិនយល់ព្រម</translation>
    </message>
    <message>
        <source>The resident</source>
        <translation>អ្នកស្នាក់នៅ</translation>
    </message>
    <message>
        <source>A guardian</source>
        <translation>អាណាព្យាបាល</translation>
    </message>
    <message>
        <source>The guardian who gave consent</source>
        <translation>អាណាព្យាបាលដែលបានផ្តល់ការយល់ព្រម</translation>
    </message>
    <message>
        <source>Saved as a contact of the resident, marked as guardian.</source>
        <translation>រក្សាទុកជាអ្នកទំនាក់ទំនងរបស់អ្នកស្នាក់នៅ ដោយកំណត់ថាជាអាណាព្យាបាល។</translation>
    </message>
    <message>
        <source>Guardian&apos;s &amp;name:</source>
        <translation>ឈ្មោះអាណាព្យាបាល (&amp;N)៖</translation>
    </message>
    <message>
        <source>&amp;Relation:</source>
        <translation>ត្រូវជា (&amp;R)៖</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>ទូរសព្ទ (&amp;P)៖</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>អាសយដ្ឋាន (&amp;D)៖</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Saving the contact…</source>
        <translation>កំពុងរក្សាទុកអ្នកទំនាក់ទំនង…</translation>
    </message>
    <message>
        <source>This warning is shown on the overview and wherever contact with the family is planned.</source>
        <translation>ការព្រមាននេះបង្ហាញនៅលើទិដ្ឋភាពទូទៅ និងគ្រប់កន្លែងដែលមានការរៀបចំទាក់ទងជាមួយគ្រួសារ។</translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation>បន្ថែមអ្នកទំនាក់ទំនង</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>កែអ្នកទំនាក់ទំនង</translation>
    </message>
    <message>
        <source>&amp;Relation:</source>
        <translation>ត្រូវជា (&amp;R)៖</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>ឈ្មោះ (&amp;N)៖</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>ទូរសព្ទ (&amp;P)៖</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>អាសយដ្ឋាន (&amp;A)៖</translation>
    </message>
    <message>
        <source>Guardian:</source>
        <translation>អាណាព្យាបាល៖</translation>
    </message>
    <message>
        <source>&amp;Safety:</source>
        <translation>សុវត្ថិភាព (&amp;S)៖</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>កំណត់ចំណាំ (&amp;O)៖</translation>
    </message>
    <message>
        <source>Legal guardian (may give consent for the resident)</source>
        <translation>អាណាព្យាបាលស្របច្បាប់ (អាចផ្តល់ការយល់ព្រមជំនួសអ្នកស្នាក់នៅ)</translation>
    </message>
    <message>
        <source>Mother, uncle, village chief…</source>
        <translation>ម្តាយ ពូ មេភូមិ…</translation>
    </message>
    <message>
        <source>Mother</source>
        <translation>ម្តាយ</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>ឪពុក</translation>
    </message>
    <message>
        <source>Grandmother</source>
        <translation>ជីដូន</translation>
    </message>
    <message>
        <source>Grandfather</source>
        <translation>ជីតា</translation>
    </message>
    <message>
        <source>Aunt</source>
        <translation>មីង</translation>
    </message>
    <message>
        <source>Uncle</source>
        <translation>ពូ</translation>
    </message>
    <message>
        <source>Sister</source>
        <translation>បងប្អូនស្រី</translation>
    </message>
    <message>
        <source>Brother</source>
        <translation>បងប្អូនប្រុស</translation>
    </message>
    <message>
        <source>Stepmother</source>
        <translation>ម្តាយចុង</translation>
    </message>
    <message>
        <source>Stepfather</source>
        <translation>ឪពុកចុង</translation>
    </message>
    <message>
        <source>Neighbour</source>
        <translation>អ្នកជិតខាង</translation>
    </message>
    <message>
        <source>Village chief</source>
        <translation>មេភូមិ</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>គ្រូ</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>រក្សាទុក (&amp;S)</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>Yes</source>
        <translation>មែន</translation>
    </message>
    <message>
        <source>Family and other contacts</source>
        <translation>គ្រួសារ និងអ្នកទំនាក់ទំនងផ្សេងទៀត</translation>
    </message>
    <message>
        <source>Optional. Mark anyone the resident must not be put in contact with.</source>
        <translation>មិនចាំបាច់។ សូមសម្គាល់អ្នកណាដែលអ្នកស្នាក់នៅមិនត្រូវឱ្យទាក់ទងជាមួយ។</translation>
    </message>
    <message>
        <source>Fill in one person and press Add; repeat for each. A safety flag is shown wherever contact with this person is planned.</source>
        <translation>សូមបំពេញព័ត៌មានម្នាក់ ហើយចុច «បន្ថែម» រួចធ្វើដូចគ្នាសម្រាប់ម្នាក់ៗ។ សញ្ញាសុវត្ថិភាពនឹងបង្ហាញ គ្រប់កន្លែងដែលមានការរៀបចំទាក់ទងជាមួយមនុស្សនេះ។</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>បន្ថែមមនុស្សម្នាក់</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>ឈ្មោះ (&amp;N)៖</translation>
    </message>
    <message>
        <source>&amp;Relation:</source>
        <translation>ត្រូវជា (&amp;R)៖</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>ទូរសព្ទ (&amp;P)៖</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>អាសយដ្ឋាន (&amp;D)៖</translation>
    </message>
    <message>
        <source>&amp;Safety:</source>
        <translation>សុវត្ថិភាព (&amp;S)៖</translation>
    </message>
    <message>
        <source>Guardian:</source>
        <translation>អាណាព្យាបាល៖</translation>
    </message>
    <message>
        <source>This person is the resident&apos;s &amp;guardian</source>
        <translation>មនុស្សនេះជាអាណាព្យាបាលរបស់អ្នកស្នាក់នៅ (&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Add to the list</source>
        <translation>បន្ថែមទៅក្នុងបញ្ជី (&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;move selected</source>
        <translation>ដកអ្នកដែលបានជ្រើសចេញ (&amp;M)</translation>
    </message>
    <message>
        <source>No contacts added yet.</source>
        <translation>មិនទាន់បានបន្ថែមអ្នកទំនាក់ទំនងនៅឡើយទេ។</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ឈ្មោះ</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>ត្រូវជា</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>ទូរសព្ទ</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>អាណាព្យាបាល</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>សុវត្ថិភាព</translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <source>The resident</source>
        <translation>អ្នកស្នាក់នៅ</translation>
    </message>
    <message>
        <source>The guardian</source>
        <translation>អាណាព្យាបាល</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>អាណាព្យាបាល</translation>
    </message>
    <message>
        <source>Do not plan contact with this person</source>
        <translation>កុំរៀបចំការជួប ឬទាក់ទងជាមួយមនុស្សនេះ</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>យល់ព្រម</translation>
    </message>
    <message>
        <source>Refused or withdrawn</source>
        <translation>បដិសេធ ឬដកវិញ</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>ដកអ្នកទំនាក់ទំនងចេញ</translation>
    </message>
    <message>
        <source>Remove {name} ({relation}) from the contacts? This cannot be undone.</source>
        <translation>ដក {name} ({relation}) ចេញពីបញ្ជីអ្នកទំនាក់ទំនងឬ? មិនអាចធ្វើឱ្យត្រឡប់វិញបានទេ។</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>ដកចេញ (&amp;R)</translation>
    </message>
    <message>
        <source>Removing the contact…</source>
        <translation>កំពុងដកអ្នកទំនាក់ទំនងចេញ…</translation>
    </message>
    <message>
        <source>Contacts and family</source>
        <translation>អ្នកទំនាក់ទំនង និងគ្រួសារ</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>ការយល់ព្រម</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ឈ្មោះ</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>ត្រូវជា</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>ទូរសព្ទ</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>អាសយដ្ឋាន</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>សុវត្ថិភាព</translation>
    </message>
    <message>
        <source>Consent to</source>
        <translation>យល់ព្រមលើ</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>ការសម្រេច</translation>
    </message>
    <message>
        <source>By</source>
        <translation>ដោយ</translation>
    </message>
    <message>
        <source>Recorded on</source>
        <translation>កត់ត្រានៅថ្ងៃ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>កំណត់ចំណាំ</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>បន្ថែម (&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>កែ (&amp;E)…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>ដកចេញ (&amp;M)</translation>
    </message>
    <message>
        <source>Record &amp;consent…</source>
        <translation>កត់ត្រាការយល់ព្រម (&amp;C)…</translation>
    </message>
</context>
<context>
    <name>CounselingTab</name>
    <message>
        <source>Loading counseling notes…</source>
        <translation>កំពុងផ្ទុកកំណត់ចំណាំប្រឹក្សា…</translation>
    </message>
    <message>
        <source>Loading older notes…</source>
        <translation>កំពុងផ្ទុកកំណត់ចំណាំចាស់ៗ…</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>សេចក្តីព្រាង</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>បានចុះហត្ថលេខា</translation>
    </message>
    <message>
        <source>{state}, 1 addendum</source>
        <translation>{state} (សេចក្តីបន្ថែម 1)</translation>
    </message>
    <message>
        <source>{state}, {count} addenda</source>
        <translation>{state} (សេចក្តីបន្ថែម {count})</translation>
    </message>
    <message>
        <source>1 note</source>
        <translation>កំណត់ចំណាំ 1</translation>
    </message>
    <message>
        <source>{count} notes</source>
        <translation>កំណត់ចំណាំ {count}</translation>
    </message>
    <message>
        <source>Show older notes ({shown} of {total} shown)</source>
        <translation>បង្ហាញកំណត់ចំណាំចាស់ៗ (បានបង្ហាញ {shown} ក្នុងចំណោម {total})</translation>
    </message>
    <message>
        <source>You have an unsigned draft from {date} (last saved {saved}). Continue it, or sign or discard it.</source>
        <translation>អ្នកមានសេចក្តីព្រាងមិនទាន់ចុះហត្ថលេខា ពីថ្ងៃ {date} (រក្សាទុកចុងក្រោយ {saved})។ សូមសរសេរបន្ត ឬចុះហត្ថលេខា ឬបោះបង់វា។</translation>
    </message>
    <message>
        <source>Opening the note…</source>
        <translation>កំពុងបើកកំណត់ចំណាំ…</translation>
    </message>
    <message>
        <source>Adding the addendum…</source>
        <translation>កំពុងបន្ថែមសេចក្តីបន្ថែម…</translation>
    </message>
    <message>
        <source>Counseling notes</source>
        <translation>កំណត់ចំណាំប្រឹក្សា</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>កំណត់ចំណាំថ្មី</translation>
    </message>
    <message>
        <source>Continue it</source>
        <translation>សរសេរបន្ត</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>កាលបរិច្ឆេទ</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>ប្រភេទ</translation>
    </message>
    <message>
        <source>Counselor</source>
        <translation>អ្នកប្រឹក្សា</translation>
    </message>
    <message>
        <source>State</source>
        <translation>ស្ថានភាព</translation>
    </message>
    <message>
        <source>Risk flags</source>
        <translation>សញ្ញាហានិភ័យ</translation>
    </message>
    <message>
        <source>No counseling notes yet</source>
        <translation>មិនទាន់មានកំណត់ចំណាំប្រឹក្សានៅឡើយទេ</translation>
    </message>
    <message>
        <source>Choose a note to read it, or start a new note.</source>
        <translation>សូមជ្រើសរើសកំណត់ចំណាំដើម្បីអាន ឬចាប់ផ្តើមកំណត់ចំណាំថ្មី។</translation>
    </message>
    <message>
        <source>Choose a note to read it.</source>
        <translation>សូមជ្រើសរើសកំណត់ចំណាំដើម្បីអាន។</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Reintegration decision</source>
        <translation>ការសម្រេចចិត្តលើការធ្វើសមាហរណកម្ម</translation>
    </message>
    <message>
        <source>Where she will live after the shelter, as decided with her and her family.</source>
        <translation>កន្លែងដែលនាងនឹងរស់នៅក្រោយចាកចេញពីជម្រក តាមការសម្រេចរួមជាមួយនាង និងក្រុមគ្រួសាររបស់នាង។</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>ជ្រើសរើស…</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>ការសម្រេចចិត្ត៖</translation>
    </message>
    <message>
        <source>Decided on:</source>
        <translation>សម្រេចនៅថ្ងៃ៖</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>មូលហេតុ៖</translation>
    </message>
    <message>
        <source>Why this is the best option for her</source>
        <translation>ហេតុអ្វីបានជានេះជាជម្រើសល្អបំផុតសម្រាប់នាង</translation>
    </message>
    <message>
        <source>Save decision</source>
        <translation>រក្សាទុកការសម្រេចចិត្ត</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>Adding synthetic residents and counseling notes…</source>
        <translation>កំពុងបន្ថែមអ្នកស្នាក់នៅប្រឌិត និងកំណត់ចំណាំប្រឹក្សា…</translation>
    </message>
    <message>
        <source>Creating the encrypted database…</source>
        <translation>កំពុងបង្កើតមូលដ្ឋានទិន្នន័យដែលបានអ៊ិនគ្រីប…</translation>
    </message>
    <message>
        <source>Adding staff accounts…</source>
        <translation>កំពុងបន្ថែមគណនីបុគ្គលិក…</translation>
    </message>
    <message>
        <source>The demo database is ready.</source>
        <translation>មូលដ្ឋានទិន្នន័យសាកល្បងរួចរាល់ហើយ។</translation>
    </message>
    <message>
        <source>Adding assessments, care plans and follow-up visits…</source>
        <translation>កំពុងបន្ថែមការវាយតម្លៃ ផែនការថែទាំ និងការចុះតាមដាន…</translation>
    </message>
</context>
<context>
    <name>DemoReadyDialog</name>
    <message>
        <source>Demo ready – Shelter Desktop</source>
        <translation>ការសាកល្បងរួចរាល់ – Shelter Desktop</translation>
    </message>
    <message>
        <source>The demo is ready</source>
        <translation>ការសាកល្បងរួចរាល់ហើយ</translation>
    </message>
    <message>
        <source>The demo shelter has {n} made-up residents. Nobody in it is real. Sign in as any of these accounts to see what each role can do:</source>
        <translation>មណ្ឌលសាកល្បងមានអ្នកស្នាក់នៅប្រឌិតចំនួន {n} នាក់។ គ្មាននរណាម្នាក់ក្នុងនោះជាមនុស្សពិតទេ។ សូមចូលប្រើដោយគណនីណាមួយខាងក្រោម ដើម្បីមើលថាតួនាទីនីមួយៗអាចធ្វើអ្វីបាន៖</translation>
    </message>
    <message>
        <source>Password for every demo account:</source>
        <translation>ពាក្យសម្ងាត់សម្រាប់គណនីសាកល្បងទាំងអស់៖</translation>
    </message>
    <message>
        <source>The demo database&apos;s recovery key is below. It is shown because this is demo data; for a real shelter the key is shown once and must be kept locked away.</source>
        <translation>កូនសោសង្គ្រោះរបស់មូលដ្ឋានទិន្នន័យសាកល្បងមាននៅខាងក្រោម។ វាត្រូវបានបង្ហាញ ព្រោះនេះជាទិន្នន័យសាកល្បង។ សម្រាប់មណ្ឌលពិត កូនសោបង្ហាញតែម្តងគត់ ហើយត្រូវរក្សាទុកក្នុងកន្លែងចាក់សោ។</translation>
    </message>
    <message>
        <source>Continue to sign in</source>
        <translation>បន្តទៅចូលប្រើ</translation>
    </message>
</context>
<context>
    <name>DepartureDialog</name>
    <message>
        <source>Record departure</source>
        <translation>កត់ត្រាការចាកចេញ</translation>
    </message>
    <message>
        <source>Record that she left the shelter without a reintegration. Her status changes and the day she left is counted in the exits summary. If she returned to her family or another placement, use the Reintegration tab instead.</source>
        <translation>កត់ត្រាថា នាងបានចាកចេញពីមណ្ឌលដោយគ្មានការធ្វើសមាហរណកម្ម។ ស្ថានភាពរបស់នាងនឹងផ្លាស់ប្តូរ ហើយថ្ងៃដែលនាងចាកចេញនឹងត្រូវរាប់បញ្ចូលក្នុងរបាយការណ៍សង្ខេបនៃការចាកចេញ។ ប្រសិនបើនាងបានត្រឡប់ទៅគ្រួសារវិញ ឬទៅកន្លែងដាក់ឱ្យរស់នៅផ្សេង សូមប្រើផ្ទាំង «ការធ្វើសមាហរណកម្ម» ជំនួសវិញ។</translation>
    </message>
    <message>
        <source>Transferred to another organisation</source>
        <translation>បានផ្ទេរទៅអង្គការផ្សេង</translation>
    </message>
    <message>
        <source>Left without notice</source>
        <translation>បានចាកចេញដោយមិនជូនដំណឹង</translation>
    </message>
    <message>
        <source>How she left:</source>
        <translation>របៀបដែលនាងបានចាកចេញ៖</translation>
    </message>
    <message>
        <source>Left on:</source>
        <translation>ចាកចេញនៅថ្ងៃ៖</translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <source>{title} - {kind}</source>
        <translation>{title} - {kind}</translation>
    </message>
    <message>
        <source>Shown from the encrypted database. No copy is saved on this computer; the window closes when the screen locks.</source>
        <translation>បង្ហាញពីមូលដ្ឋានទិន្នន័យដែលបានអ៊ិនគ្រីប។ គ្មានច្បាប់ចម្លងណាត្រូវបានរក្សាទុកលើកុំព្យូទ័រនេះទេ។ ផ្ទាំងនេះនឹងបិទ នៅពេលអេក្រង់ចាក់សោ។</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>បិទ</translation>
    </message>
    <message>
        <source>This document cannot be shown: its file is damaged. Attach a new scan of the paper, then remove this one.</source>
        <translation>មិនអាចបង្ហាញឯកសារនេះបានទេ៖ ឯកសាររបស់វាខូច។ សូមភ្ជាប់ច្បាប់ស្កេនថ្មីនៃក្រដាសនេះ រួចដកឯកសារនេះចេញ។</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>PDF document</source>
        <translation>ឯកសារ PDF</translation>
    </message>
    <message>
        <source>JPEG image</source>
        <translation>រូបភាព JPEG</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>រូបភាព PNG</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <source>Loading documents</source>
        <translation>កំពុងផ្ទុកឯកសារ</translation>
    </message>
    <message>
        <source>{kind} (profile photo)</source>
        <translation>{kind} (រូបថតប្រវត្តិរូប)</translation>
    </message>
    <message>
        <source>{n} documents, stored encrypted in the database.</source>
        <translation>ឯកសារ {n} ដែលរក្សាទុកដោយអ៊ិនគ្រីប ក្នុងមូលដ្ឋានទិន្នន័យ។</translation>
    </message>
    <message>
        <source>Only a document of the kind &quot;Photo&quot; can be the profile photo.</source>
        <translation>មានតែឯកសារប្រភេទ «រូបថត» ប៉ុណ្ណោះ ដែលអាចជារូបថតប្រវត្តិរូបបាន។</translation>
    </message>
    <message>
        <source>Choose a scan or photo</source>
        <translation>ជ្រើសរើសឯកសារស្កេន ឬរូបថត</translation>
    </message>
    <message>
        <source>Scans and photos (*.pdf *.jpg *.jpeg *.png);;All files (*)</source>
        <translation>ឯកសារស្កេន និងរូបថត (*.pdf *.jpg *.jpeg *.png);;ឯកសារទាំងអស់ (*)</translation>
    </message>
    <message>
        <source>Attach a document</source>
        <translation>ភ្ជាប់ឯកសារ</translation>
    </message>
    <message>
        <source>The file {name} could not be read. If it is on a USB stick or a network folder, check that it is still connected, then try again.</source>
        <translation>មិនអាចអានឯកសារ {name} បានទេ។ ប្រសិនបើវានៅលើ USB ឬថតក្នុងបណ្តាញ សូមពិនិត្យថាវានៅតែភ្ជាប់ រួចព្យាយាមម្តងទៀត។</translation>
    </message>
    <message>
        <source>Attaching the document</source>
        <translation>កំពុងភ្ជាប់ឯកសារ</translation>
    </message>
    <message>
        <source>Encrypting and saving the document…</source>
        <translation>កំពុងអ៊ិនគ្រីប និងរក្សាទុកឯកសារ…</translation>
    </message>
    <message>
        <source>Document attached</source>
        <translation>បានភ្ជាប់ឯកសារ</translation>
    </message>
    <message>
        <source>&quot;{title}&quot; is now stored encrypted in this resident&apos;s file.</source>
        <translation>«{title}» ត្រូវបានរក្សាទុកដោយអ៊ិនគ្រីប ក្នុងឯកសាររបស់អ្នកស្នាក់នៅនេះហើយ។</translation>
    </message>
    <message>
        <source>The original file is still on this computer or USB stick, and it is NOT encrypted:
{path}

Anyone who finds it can read it. If you do not need it any more, delete it now (also from the scanner&apos;s folder), and empty the Recycle Bin.</source>
        <translation>ឯកសារដើមនៅតែមាននៅលើកុំព្យូទ័រនេះ ឬ USB ហើយវាមិនត្រូវបានអ៊ិនគ្រីបទេ៖
{path}

អ្នកណាដែលរកឃើញវា អាចអានវាបាន។ ប្រសិនបើអ្នកលែងត្រូវការវា សូមលុបវាឥឡូវនេះ (ព្រមទាំងពីថតរបស់ម៉ាស៊ីនស្កេនផង) ហើយសម្អាតធុងសំរាម (Recycle Bin)។</translation>
    </message>
    <message>
        <source>Delete the original file</source>
        <translation>លុបឯកសារដើម</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>ទុកវា</translation>
    </message>
    <message>
        <source>The original file was already gone.</source>
        <translation>ឯកសារដើមមិនមានទៀតទេ។</translation>
    </message>
    <message>
        <source>The original file could not be deleted (it may be open in another program, or the USB stick is write-protected):
{path}

Delete it yourself in the file manager.</source>
        <translation>មិនអាចលុបឯកសារដើមបានទេ (ប្រហែលជាវាកំពុងបើកក្នុងកម្មវិធីផ្សេង ឬ USB ត្រូវបានការពារមិនឱ្យសរសេរ)៖
{path}

សូមលុបវាដោយខ្លួនឯង ក្នុងកម្មវិធីគ្រប់គ្រងឯកសារ។</translation>
    </message>
    <message>
        <source>The original file {name} was deleted.</source>
        <translation>ឯកសារដើម {name} ត្រូវបានលុប។</translation>
    </message>
    <message>
        <source>Opening the document</source>
        <translation>កំពុងបើកឯកសារ</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>កំពុងរក្សាទុក</translation>
    </message>
    <message>
        <source>Remove document</source>
        <translation>ដកឯកសារចេញ</translation>
    </message>
    <message>
        <source>Remove &quot;{title}&quot; from this resident&apos;s file?</source>
        <translation>ដក «{title}» ចេញពីឯកសាររបស់អ្នកស្នាក់នៅនេះឬ?</translation>
    </message>
    <message>
        <source>The stored copy is deleted for good and cannot be brought back from this database. Backups made before today still contain it, encrypted.</source>
        <translation>ច្បាប់ចម្លងដែលបានរក្សាទុក នឹងត្រូវលុបជាស្ថាពរ ហើយមិនអាចយកមកវិញពីមូលដ្ឋានទិន្នន័យនេះបានទេ។ ការបម្រុងទុកដែលបានធ្វើមុនថ្ងៃនេះ នៅតែមានវា ដោយអ៊ិនគ្រីប។</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>បោះបង់</translation>
    </message>
    <message>
        <source>Removing</source>
        <translation>កំពុងដកចេញ</translation>
    </message>
    <message>
        <source>Scanned papers (consent forms, court papers, medical certificates, identity documents) and photos, kept encrypted inside the database. They open only here, never as a file on the computer.</source>
        <translation>ក្រដាសដែលបានស្កេន (លិខិតយល់ព្រម ឯកសារតុលាការ វិញ្ញាបនបត្រវេជ្ជសាស្ត្រ ឯកសារអត្តសញ្ញាណ) និងរូបថត ដែលរក្សាទុកដោយអ៊ិនគ្រីប ក្នុងមូលដ្ឋានទិន្នន័យ។ វាបើកបានតែនៅទីនេះប៉ុណ្ណោះ មិនដែលជាឯកសារនៅលើកុំព្យូទ័រទេ។</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ប្រភេទ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>ចំណងជើង</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>ទម្រង់</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>ទំហំ</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>បន្ថែមដោយ</translation>
    </message>
    <message>
        <source>Added on</source>
        <translation>បន្ថែមនៅថ្ងៃ</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>ភ្ជាប់…</translation>
    </message>
    <message>
        <source>View</source>
        <translation>មើល</translation>
    </message>
    <message>
        <source>Set as profile photo</source>
        <translation>ដាក់ជារូបថតប្រវត្តិរូប</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>ដកចេញ…</translation>
    </message>
    <message>
        <source>No documents yet. Attach a scan (PDF) or a photo (JPEG or PNG).</source>
        <translation>មិនទាន់មានឯកសារនៅឡើយទេ។ សូមភ្ជាប់ឯកសារស្កេន (PDF) ឬរូបថត (JPEG ឬ PNG)។</translation>
    </message>
    <message>
        <source>No documents yet.</source>
        <translation>មិនទាន់មានឯកសារនៅឡើយទេ។</translation>
    </message>
</context>
<context>
    <name>DomainBox</name>
    <message>
        <source>Comment on {domain} (optional): what you saw, what she said</source>
        <translation>មតិយោបល់លើ {domain} (ស្រេចចិត្ត)៖ អ្វីដែលអ្នកបានឃើញ អ្វីដែលនាងបាននិយាយ</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>The case file was created</source>
        <translation>ឯកសារករណីត្រូវបានបង្កើតហើយ</translation>
    </message>
    <message>
        <source>Write the case number on paper forms and consent sheets.</source>
        <translation>សូមសរសេរលេខករណីនៅលើទម្រង់ក្រដាស និងលិខិតយល់ព្រម។</translation>
    </message>
    <message>
        <source>The case file of {name} has the case number:</source>
        <translation>ឯកសារករណីរបស់ {name} មានលេខករណី៖</translation>
    </message>
    <message>
        <source>The resident is now in the Residents list. Open the file to add a photo, documents and the first counseling note.</source>
        <translation>ឥឡូវអ្នកស្នាក់នៅមាននៅក្នុងបញ្ជី «អ្នកស្នាក់នៅ» ហើយ។ សូមបើកឯកសារ ដើម្បីបន្ថែមរូបថត ឯកសារ និងកំណត់ចំណាំប្រឹក្សាដំបូង។</translation>
    </message>
    <message>
        <source>&amp;Open the case file</source>
        <translation>បើកឯកសារករណី (&amp;O)</translation>
    </message>
</context>
<context>
    <name>DueItemsTable</name>
    <message>
        <source>Overdue</source>
        <translation>ហួសកំណត់</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>ជិតដល់កំណត់</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>ដល់កំណត់</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>កាលបរិច្ឆេទកំណត់</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>ការងារ</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>លេខករណី</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>អ្នកទទួលខុសត្រូវ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>ស្ថានភាព</translation>
    </message>
</context>
<context>
    <name>DueWork</name>
    <message>
        <source>Unsigned counseling note</source>
        <translation>កំណត់ចំណាំប្រឹក្សាមិនទាន់ចុះហត្ថលេខា</translation>
    </message>
    <message>
        <source>Care plan review</source>
        <translation>ការពិនិត្យផែនការថែទាំឡើងវិញ</translation>
    </message>
    <message>
        <source>Reassessment</source>
        <translation>ការវាយតម្លៃឡើងវិញ</translation>
    </message>
    <message>
        <source>First assessment</source>
        <translation>ការវាយតម្លៃលើកដំបូង</translation>
    </message>
    <message>
        <source>Follow-up visit</source>
        <translation>ការចុះតាមដាន</translation>
    </message>
</context>
<context>
    <name>DueWorkPage</name>
    <message>
        <source>{total} due, {overdue} overdue</source>
        <translation>ត្រូវធ្វើ {total} (ហួសកំណត់ {overdue})</translation>
    </message>
    <message>
        <source>{total} due</source>
        <translation>ត្រូវធ្វើ {total}</translation>
    </message>
    <message>
        <source>Due work</source>
        <translation>ការងារត្រូវធ្វើ</translation>
    </message>
    <message>
        <source>Print care plans due for review…</source>
        <translation>បោះពុម្ពផែនការថែទាំដែលដល់ពេលពិនិត្យឡើងវិញ…</translation>
    </message>
    <message>
        <source>Blank forms…</source>
        <translation>ទម្រង់ទទេ…</translation>
    </message>
    <message>
        <source>Nothing is due</source>
        <translation>គ្មានការងារត្រូវធ្វើទេ</translation>
    </message>
</context>
<context>
    <name>DuplicateCard</name>
    <message>
        <source>Case {number}</source>
        <translation>ករណី {number}</translation>
    </message>
    <message>
        <source>born {date}</source>
        <translation>កើតថ្ងៃ {date}</translation>
    </message>
    <message>
        <source>&amp;Open this resident instead</source>
        <translation>បើកអ្នកស្នាក់នៅនេះជំនួសវិញ (&amp;O)</translation>
    </message>
    <message>
        <source>Open {case} instead</source>
        <translation>បើក {case} ជំនួសវិញ</translation>
    </message>
</context>
<context>
    <name>DuplicatePage</name>
    <message>
        <source>Looking for residents who may be the same person…</source>
        <translation>កំពុងស្វែងរកអ្នកស្នាក់នៅ ដែលប្រហែលជាមនុស្សតែមួយ…</translation>
    </message>
    <message>
        <source>Is this person already known here?</source>
        <translation>តើមនុស្សនេះធ្លាប់មាននៅទីនេះហើយឬនៅ?</translation>
    </message>
    <message>
        <source>Before saving, residents with the same or a similar name, a close date of birth or the same origin are listed, so nobody gets two case files.</source>
        <translation>មុនពេលរក្សាទុក កម្មវិធីបង្ហាញអ្នកស្នាក់នៅដែលមានឈ្មោះដូច ឬស្រដៀង ថ្ងៃកំណើតជិតគ្នា ឬទីកន្លែងដើមដូចគ្នា ដើម្បីកុំឱ្យនរណាម្នាក់មានឯកសារករណីពីរ។</translation>
    </message>
    <message>
        <source>The check could not be done. You can still save the intake.</source>
        <translation>មិនអាចធ្វើការពិនិត្យបានទេ។ អ្នកនៅតែអាចរក្សាទុកការទទួលចូលបាន។</translation>
    </message>
    <message>
        <source>No existing resident looks like this person. Press Next to continue.</source>
        <translation>គ្មានអ្នកស្នាក់នៅណាដែលមានស្រាប់ ស្រដៀងនឹងមនុស្សនេះទេ។ សូមចុច «បន្ទាប់» ដើម្បីបន្ត។</translation>
    </message>
    <message>
        <source>{count} existing residents look like this person. If one of them is the same person, open that file instead of creating a second one.</source>
        <translation>មានអ្នកស្នាក់នៅ {count} នាក់ដែលមានស្រាប់ ស្រដៀងនឹងមនុស្សនេះ។ ប្រសិនបើម្នាក់ក្នុងចំណោមពួកគេជាមនុស្សតែមួយ សូមបើកឯកសារនោះ ជំនួសឱ្យការបង្កើតឯកសារទីពីរ។</translation>
    </message>
    <message>
        <source>One existing resident looks like this person. If it is the same person, open that file instead of creating a second one.</source>
        <translation>មានអ្នកស្នាក់នៅម្នាក់ដែលមានស្រាប់ ស្រដៀងនឹងមនុស្សនេះ។ ប្រសិនបើជាមនុស្សតែមួយ សូមបើកឯកសារនោះ ជំនួសឱ្យការបង្កើតឯកសារទីពីរ។</translation>
    </message>
    <message>
        <source>This is a &amp;new person</source>
        <translation>នេះជាមនុស្សថ្មី (&amp;N)</translation>
    </message>
    <message>
        <source>None of them is this person: continue with a new case file.</source>
        <translation>គ្មាននរណាម្នាក់ក្នុងចំណោមពួកគេជាមនុស្សនេះទេ៖ បន្តជាមួយឯកសារករណីថ្មី។</translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <source>The Latin name is the same.</source>
        <translation>ឈ្មោះឡាតាំងដូចគ្នា។</translation>
    </message>
    <message>
        <source>The Latin name is the same apart from a common spelling variant, spacing or word order.</source>
        <translation>ឈ្មោះឡាតាំងដូចគ្នា ខុសតែរបៀបប្រកបដែលគេប្រើញឹកញាប់ ដកឃ្លា ឬលំដាប់ពាក្យ។</translation>
    </message>
    <message>
        <source>The family name is the same and the given name is spelled almost the same.</source>
        <translation>នាមត្រកូលដូចគ្នា ហើយនាមខ្លួនប្រកបស្ទើរតែដូចគ្នា។</translation>
    </message>
    <message>
        <source>The name is the same as an alias (another name) recorded for one of them.</source>
        <translation>ឈ្មោះនេះដូចនឹងឈ្មោះហៅក្រៅ (ឈ្មោះផ្សេងទៀត) ដែលបានកត់ត្រាសម្រាប់ម្នាក់ក្នុងចំណោមពួកគេ។</translation>
    </message>
    <message>
        <source>The Khmer name is the same.</source>
        <translation>ឈ្មោះខ្មែរដូចគ្នា។</translation>
    </message>
    <message>
        <source>The Khmer name is the same apart from spacing or word order.</source>
        <translation>ឈ្មោះខ្មែរដូចគ្នា ខុសតែដកឃ្លា ឬលំដាប់ពាក្យ។</translation>
    </message>
    <message>
        <source>The Khmer name differs by one letter.</source>
        <translation>ឈ្មោះខ្មែរខុសគ្នាតែមួយអក្សរ។</translation>
    </message>
    <message>
        <source>The date of birth is the same.</source>
        <translation>ថ្ងៃកំណើតដូចគ្នា។</translation>
    </message>
    <message>
        <source>The year of birth is the same (at least one of the two is estimated).</source>
        <translation>ឆ្នាំកំណើតដូចគ្នា (យ៉ាងហោចណាស់ម្នាក់ក្នុងចំណោមពីរនាក់ ជាឆ្នាំប្រហាក់ប្រហែល)។</translation>
    </message>
    <message>
        <source>The dates of birth are at most two years apart.</source>
        <translation>ថ្ងៃកំណើតខុសគ្នាមិនលើសពីពីរឆ្នាំ។</translation>
    </message>
    <message>
        <source>Comes from the same province.</source>
        <translation>មកពីខេត្តដូចគ្នា។</translation>
    </message>
</context>
<context>
    <name>EducationChart</name>
    <message>
        <source>No results recorded yet</source>
        <translation>មិនទាន់មានលទ្ធផលកត់ត្រានៅឡើយទេ</translation>
    </message>
    <message>
        <source>The results of this enrolment are written as words only, so there is no score or attendance to draw.</source>
        <translation>លទ្ធផលនៃការចុះឈ្មោះចូលរៀននេះ ត្រូវបានសរសេរជាពាក្យប៉ុណ្ណោះ ដូច្នេះគ្មានពិន្ទុ ឬវត្តមានសម្រាប់គូរក្រាហ្វទេ។</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>ពិន្ទុ</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>វត្តមាន</translation>
    </message>
</context>
<context>
    <name>EducationTab</name>
    <message>
        <source>Loading education</source>
        <translation>កំពុងផ្ទុកព័ត៌មានការអប់រំ</translation>
    </message>
    <message>
        <source>No enrolment recorded yet.</source>
        <translation>មិនទាន់មានការចុះឈ្មោះចូលរៀនកត់ត្រានៅឡើយទេ។</translation>
    </message>
    <message>
        <source>{n} %</source>
        <translation>{n} %</translation>
    </message>
    <message>
        <source>Term results</source>
        <translation>លទ្ធផលឆមាស</translation>
    </message>
    <message>
        <source>Term results: {enrolment}</source>
        <translation>លទ្ធផលឆមាស៖ {enrolment}</translation>
    </message>
    <message>
        <source>Showing the latest {shown} of {total} results.</source>
        <translation>បង្ហាញលទ្ធផលចុងក្រោយ {shown} ក្នុងចំណោម {total}។</translation>
    </message>
    <message>
        <source>Loading earlier results</source>
        <translation>កំពុងផ្ទុកលទ្ធផលមុនៗ</translation>
    </message>
    <message>
        <source>Add enrolment…</source>
        <translation>បន្ថែមការចុះឈ្មោះចូលរៀន…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>កែ…</translation>
    </message>
    <message>
        <source>Add term result…</source>
        <translation>បន្ថែមលទ្ធផលឆមាស…</translation>
    </message>
    <message>
        <source>Scores and attendance over time</source>
        <translation>ពិន្ទុ និងវត្តមានតាមពេលវេលា</translation>
    </message>
    <message>
        <source>Show earlier results</source>
        <translation>បង្ហាញលទ្ធផលមុនៗ</translation>
    </message>
    <message>
        <source>Enrolments</source>
        <translation>ការចុះឈ្មោះចូលរៀន</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>កម្មវិធីសិក្សា</translation>
    </message>
    <message>
        <source>School or class</source>
        <translation>សាលា ឬថ្នាក់រៀន</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>ថ្នាក់ទី</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>ចាប់ផ្តើម</translation>
    </message>
    <message>
        <source>End</source>
        <translation>បញ្ចប់</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ស្ថានភាព</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>វិញ្ញាបនបត្រ</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>ឆមាស</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>កាលបរិច្ឆេទ</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>ពិន្ទុ</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>លទ្ធផល</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>វត្តមាន</translation>
    </message>
</context>
<context>
    <name>EnrolmentDialog</name>
    <message>
        <source>Add enrolment</source>
        <translation>បន្ថែមការចុះឈ្មោះចូលរៀន</translation>
    </message>
    <message>
        <source>Change enrolment</source>
        <translation>កែការចុះឈ្មោះចូលរៀន</translation>
    </message>
    <message>
        <source>A class, school grade or course she attends or will attend. Record the term results after saving.</source>
        <translation>ថ្នាក់រៀន ថ្នាក់ទីនៅសាលា ឬវគ្គសិក្សា ដែលនាងកំពុងរៀន ឬនឹងចូលរៀន។ សូមកត់ត្រាលទ្ធផលឆមាស បន្ទាប់ពីរក្សាទុក។</translation>
    </message>
    <message>
        <source>Programme:</source>
        <translation>កម្មវិធីសិក្សា៖</translation>
    </message>
    <message>
        <source>School or class:</source>
        <translation>សាលា ឬថ្នាក់រៀន៖</translation>
    </message>
    <message>
        <source>Grade or level:</source>
        <translation>ថ្នាក់ទី ឬកម្រិត៖</translation>
    </message>
    <message>
        <source>Start date:</source>
        <translation>ថ្ងៃចាប់ផ្តើម៖</translation>
    </message>
    <message>
        <source>End date:</source>
        <translation>ថ្ងៃបញ្ចប់៖</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>ស្ថានភាព៖</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>វិញ្ញាបនបត្រ៖</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>ដឹង</translation>
    </message>
    <message>
        <source>The day it ended, or the day it is planned to end.</source>
        <translation>ថ្ងៃដែលវាបានបញ្ចប់ ឬថ្ងៃដែលគ្រោងនឹងបញ្ចប់។</translation>
    </message>
    <message>
        <source>e.g. the shelter classroom, Wat Phnom primary school</source>
        <translation>ឧ. ថ្នាក់រៀនក្នុងមណ្ឌល សាលាបឋមសិក្សាវត្តភ្នំ</translation>
    </message>
    <message>
        <source>e.g. Grade 4, Level 2</source>
        <translation>ឧ. ថ្នាក់ទី 4 កម្រិត 2</translation>
    </message>
    <message>
        <source>Certificate received on completion, if any</source>
        <translation>វិញ្ញាបនបត្រដែលទទួលបានពេលបញ្ចប់ ប្រសិនបើមាន</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>រក្សាទុកការកែប្រែ</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong.</source>
        <translation>មានបញ្ហាកើតឡើង។</translation>
    </message>
    <message>
        <source>Your account is not allowed to do this ({action}). The attempt was recorded. Ask an administrator if you need this access.</source>
        <translation>គណនីរបស់អ្នកមិនមានសិទ្ធិធ្វើការនេះទេ ({action})។ ការព្យាយាមនេះត្រូវបានកត់ត្រាទុក។ បើអ្នកត្រូវការសិទ្ធិនេះ សូមសួរអ្នកគ្រប់គ្រងប្រព័ន្ធ។</translation>
    </message>
    <message>
        <source>The user name or password is not correct. Check them and try again.</source>
        <translation>ឈ្មោះអ្នកប្រើ ឬពាក្យសម្ងាត់មិនត្រឹមត្រូវទេ។ សូមពិនិត្យ ហើយព្យាយាមម្តងទៀត។</translation>
    </message>
    <message>
        <source>This account is locked after too many wrong passwords. Try again after {until}, or ask an administrator to reset the password.</source>
        <translation>គណនីនេះត្រូវបានចាក់សោ ដោយសារវាយពាក្យសម្ងាត់ខុសច្រើនដងពេក។ សូមព្យាយាមម្តងទៀតក្រោយ {until} ឬសុំអ្នកគ្រប់គ្រងប្រព័ន្ធឱ្យកំណត់ពាក្យសម្ងាត់ឡើងវិញ។</translation>
    </message>
    <message>
        <source>This account has been disabled. Ask an administrator to enable it again.</source>
        <translation>គណនីនេះត្រូវបានបិទ។ សូមសុំអ្នកគ្រប់គ្រងប្រព័ន្ធឱ្យបើកវាឡើងវិញ។</translation>
    </message>
    <message>
        <source>There is no shelter database in {folder}. Create one with the setup wizard or the &apos;init&apos; command, or choose another data folder.</source>
        <translation>មិនមានមូលដ្ឋានទិន្នន័យមណ្ឌលនៅក្នុង {folder} ទេ។ សូមបង្កើតថ្មីតាមរយៈ «រៀបចំមណ្ឌលថ្មី» ឬពាក្យបញ្ជា «init» ឬជ្រើសរើសថតទិន្នន័យផ្សេង។</translation>
    </message>
    <message>
        <source>A shelter database already exists in {folder}. Nothing was changed. Choose an empty data folder to create a new one.</source>
        <translation>មានមូលដ្ឋានទិន្នន័យមណ្ឌលរួចហើយនៅក្នុង {folder}។ គ្មានអ្វីត្រូវបានផ្លាស់ប្តូរទេ។ សូមជ្រើសរើសថតទិន្នន័យទទេ ដើម្បីបង្កើតថ្មី។</translation>
    </message>
    <message>
        <source>The database could not be opened with this key. Either the key is wrong or the file is damaged. The file was not changed. Check the recovery key, or restore a backup.</source>
        <translation>មិនអាចបើកមូលដ្ឋានទិន្នន័យដោយកូនសោនេះបានទេ។ កូនសោខុស ឬឯកសារខូច។ ឯកសារមិនត្រូវបានផ្លាស់ប្តូរទេ។ សូមពិនិត្យកូនសោសង្គ្រោះ ឬស្តារពីការបម្រុងទុក។</translation>
    </message>
    <message>
        <source>The database is damaged ({problem}). Nothing was written to it. Restore the latest backup, or ask for technical help.</source>
        <translation>មូលដ្ឋានទិន្នន័យខូច ({problem})។ គ្មានអ្វីត្រូវបានសរសេរចូលទេ។ សូមស្តារការបម្រុងទុកចុងក្រោយ ឬសុំជំនួយបច្ចេកទេស។</translation>
    </message>
    <message>
        <source>This database was made by a newer version of Shelter Desktop (schema {revision}). Install that version or newer to open it. Nothing was changed.</source>
        <translation>មូលដ្ឋានទិន្នន័យនេះត្រូវបានបង្កើតដោយកំណែ Shelter Desktop ថ្មីជាង (schema {revision})។ សូមដំឡើងកំណែនោះ ឬកំណែថ្មីជាងនេះ ដើម្បីបើកវា។ គ្មានអ្វីត្រូវបានផ្លាស់ប្តូរទេ។</translation>
    </message>
    <message>
        <source>The database opened with unsafe settings ({setting} is {actual}, expected {expected}), so it was closed again. Reinstall the application or ask for technical help.</source>
        <translation>មូលដ្ឋានទិន្នន័យបានបើកជាមួយការកំណត់ដែលមិនមានសុវត្ថិភាព ({setting} គឺ {actual} ប៉ុន្តែត្រូវតែ {expected}) ដូច្នេះវាត្រូវបានបិទវិញ។ សូមដំឡើងកម្មវិធីឡើងវិញ ឬសុំជំនួយបច្ចេកទេស។</translation>
    </message>
    <message>
        <source>Enter the recovery key to open the database. {reason}</source>
        <translation>សូមបញ្ចូលកូនសោសង្គ្រោះ ដើម្បីបើកមូលដ្ឋានទិន្នន័យ។ {reason}</translation>
    </message>
    <message>
        <source>This is not a valid recovery key: it has {count} letters and digits but should have {expected}. Type it again exactly as printed on the recovery sheet (spaces and dashes do not matter).</source>
        <translation>នេះមិនមែនជាកូនសោសង្គ្រោះត្រឹមត្រូវទេ៖ វាមានអក្សរ និងលេខ {count} តួ ប៉ុន្តែត្រូវមាន {expected} តួ។ សូមវាយម្តងទៀតឱ្យដូចនៅលើសន្លឹកកូនសោសង្គ្រោះ (ដកឃ្លា និងសញ្ញាភ្ជាប់ មិនប៉ះពាល់អ្វីទេ)។</translation>
    </message>
    <message>
        <source>This is not a valid recovery key: the character &apos;{character}&apos; never appears in one. Type it again exactly as printed on the recovery sheet.</source>
        <translation>នេះមិនមែនជាកូនសោសង្គ្រោះត្រឹមត្រូវទេ៖ តួអក្សរ «{character}» មិនដែលមាននៅក្នុងកូនសោសង្គ្រោះទេ។ សូមវាយម្តងទៀតឱ្យដូចនៅលើសន្លឹកកូនសោសង្គ្រោះ។</translation>
    </message>
    <message>
        <source>This is not a valid recovery key: at least one character is wrong (the check digits do not match). Compare it group by group with the recovery sheet.</source>
        <translation>នេះមិនមែនជាកូនសោសង្គ្រោះត្រឹមត្រូវទេ៖ មានតួអក្សរយ៉ាងហោចណាស់មួយខុស (លេខផ្ទៀងផ្ទាត់មិនត្រូវគ្នា)។ សូមប្រៀបធៀបវាម្តងមួយក្រុមៗ ជាមួយសន្លឹកកូនសោសង្គ្រោះ។</translation>
    </message>
    <message>
        <source>The {what} you asked for does not exist any more.</source>
        <translation>{what} ដែលអ្នកស្នើសុំ មិនមានទៀតទេ។</translation>
    </message>
    <message>
        <source>The password contains a character that cannot be used. Type it again.</source>
        <translation>ពាក្យសម្ងាត់មានតួអក្សរដែលមិនអាចប្រើបាន។ សូមវាយវាម្តងទៀត។</translation>
    </message>
    <message>
        <source>The password must have at least {n} characters. Choose a longer one.</source>
        <translation>ពាក្យសម្ងាត់ត្រូវមានយ៉ាងហោចណាស់ {n} តួអក្សរ។ សូមជ្រើសរើសពាក្យសម្ងាត់វែងជាងនេះ។</translation>
    </message>
    <message>
        <source>The password is too long (at most {n} characters).</source>
        <translation>ពាក្យសម្ងាត់វែងពេក (យ៉ាងច្រើន {n} តួអក្សរ)។</translation>
    </message>
    <message>
        <source>The password must not be the same as the user name.</source>
        <translation>ពាក្យសម្ងាត់មិនត្រូវដូចឈ្មោះអ្នកប្រើទេ។</translation>
    </message>
    <message>
        <source>The password repeats too few different characters. Choose another.</source>
        <translation>ពាក្យសម្ងាត់មានតួអក្សរខុសៗគ្នាតិចពេក។ សូមជ្រើសរើសពាក្យសម្ងាត់ផ្សេង។</translation>
    </message>
    <message>
        <source>The new password must differ from the old one.</source>
        <translation>ពាក្យសម្ងាត់ថ្មីត្រូវតែខុសពីពាក្យសម្ងាត់ចាស់។</translation>
    </message>
    <message>
        <source>Unknown language.</source>
        <translation>មិនស្គាល់ភាសានេះទេ។</translation>
    </message>
    <message>
        <source>The idle lock time is between 1 and 120 minutes.</source>
        <translation>រយៈពេលចាក់សោពេលមិនប្រើ ត្រូវនៅចន្លោះពី 1 ដល់ 120 នាទី។</translation>
    </message>
    <message>
        <source>document</source>
        <translation>ឯកសារ</translation>
    </message>
    <message>
        <source>resident</source>
        <translation>អ្នកស្នាក់នៅ</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>អ្នកទំនាក់ទំនង</translation>
    </message>
    <message>
        <source>a stored document does not match its checksum</source>
        <translation>ឯកសារដែលបានរក្សាទុកមួយ មិនត្រូវនឹងលេខផ្ទៀងផ្ទាត់ (checksum) របស់វាទេ</translation>
    </message>
    <message>
        <source>note</source>
        <translation>កំណត់ចំណាំ</translation>
    </message>
    <message>
        <source>A user name has 2 to 32 letters a-z, digits, dots, dashes or underscores, and starts with a letter or digit.</source>
        <translation>ឈ្មោះអ្នកប្រើមានពី 2 ដល់ 32 តួ ដែលជាអក្សរ a-z លេខ ចំណុច (.) សញ្ញាដក (-) ឬសញ្ញាគូសក្រោម (_) ហើយត្រូវចាប់ផ្តើមដោយអក្សរ ឬលេខ។</translation>
    </message>
    <message>
        <source>Enter a name of 1 to 200 characters.</source>
        <translation>សូមបញ្ចូលឈ្មោះដែលមានពី 1 ដល់ 200 តួអក្សរ។</translation>
    </message>
    <message>
        <source>Enter the shelter&apos;s name (1 to 200 characters).</source>
        <translation>សូមបញ្ចូលឈ្មោះមណ្ឌល (ពី 1 ដល់ 200 តួអក្សរ)។</translation>
    </message>
    <message>
        <source>The shelter code is 2 to 6 Latin capital letters, e.g. PP for Phnom Penh. It starts every case number.</source>
        <translation>លេខកូដមណ្ឌលមានអក្សរឡាតាំងធំពី 2 ដល់ 6 តួ ឧ. PP សម្រាប់ភ្នំពេញ។ លេខករណីទាំងអស់ចាប់ផ្តើមដោយលេខកូដនេះ។</translation>
    </message>
    <message>
        <source>This database&apos;s settings file is missing, so its key cannot be found.</source>
        <translation>រកមិនឃើញឯកសារការកំណត់របស់មូលដ្ឋានទិន្នន័យនេះទេ ដូច្នេះមិនអាចរកកូនសោរបស់វាបានទេ។</translation>
    </message>
    <message>
        <source>The user name &apos;{name}&apos; is already taken. Choose another.</source>
        <translation>ឈ្មោះអ្នកប្រើ «{name}» មានគេប្រើរួចហើយ។ សូមជ្រើសរើសឈ្មោះផ្សេង។</translation>
    </message>
    <message>
        <source>You cannot disable your own account while signed in with it.</source>
        <translation>អ្នកមិនអាចបិទគណនីរបស់ខ្លួនឯង ខណៈពេលកំពុងចូលប្រើគណនីនោះបានទេ។</translation>
    </message>
    <message>
        <source>This is the last active administrator account; add another administrator first.</source>
        <translation>នេះជាគណនីអ្នកគ្រប់គ្រងប្រព័ន្ធសកម្មចុងក្រោយ។ សូមបន្ថែមអ្នកគ្រប់គ្រងប្រព័ន្ធម្នាក់ទៀតជាមុនសិន។</translation>
    </message>
    <message>
        <source>staff account</source>
        <translation>គណនីបុគ្គលិក</translation>
    </message>
    <message>
        <source>This computer has no usable password store (credential manager), so the key cannot be remembered here; the recovery key is needed at each start.</source>
        <translation>កុំព្យូទ័រនេះគ្មានកន្លែងរក្សាទុកពាក្យសម្ងាត់ (credential manager) ដែលអាចប្រើបានទេ ដូច្នេះមិនអាចចងចាំកូនសោនៅទីនេះបានទេ។ ត្រូវការកូនសោសង្គ្រោះរាល់ពេលបើកកម្មវិធី។</translation>
    </message>
    <message>
        <source>The key for this database is not in this computer&apos;s password store (for example after moving to a new computer or user account).</source>
        <translation>កូនសោសម្រាប់មូលដ្ឋានទិន្នន័យនេះ មិនមាននៅក្នុងកន្លែងរក្សាទុកពាក្យសម្ងាត់របស់កុំព្យូទ័រនេះទេ (ឧទាហរណ៍ ក្រោយពេលប្តូរទៅកុំព្យូទ័រថ្មី ឬគណនីអ្នកប្រើថ្មី)។</translation>
    </message>
    <message>
        <source>The password store of this computer did not keep the key correctly, so the recovery key is needed at each start.</source>
        <translation>កន្លែងរក្សាទុកពាក្យសម្ងាត់របស់កុំព្យូទ័រនេះ មិនបានរក្សាទុកកូនសោបានត្រឹមត្រូវទេ ដូច្នេះត្រូវការកូនសោសង្គ្រោះរាល់ពេលបើកកម្មវិធី។</translation>
    </message>
    <message>
        <source>The two passwords are not the same. Type the password again in both fields.</source>
        <translation>ពាក្យសម្ងាត់ទាំងពីរមិនដូចគ្នាទេ។ សូមវាយពាក្យសម្ងាត់ម្តងទៀតក្នុងប្រអប់ទាំងពីរ។</translation>
    </message>
    <message>
        <source>The current password is not correct. Type the password you signed in with.</source>
        <translation>ពាក្យសម្ងាត់បច្ចុប្បន្នមិនត្រឹមត្រូវទេ។ សូមវាយពាក្យសម្ងាត់ដែលអ្នកបានប្រើពេលចូលប្រើ។</translation>
    </message>
    <message>
        <source>An unexpected error happened and this action was not completed. Nothing else was changed. If it happens again, restart the application and tell your administrator.</source>
        <translation>មានកំហុសមិនបានរំពឹងទុក ហើយសកម្មភាពនេះមិនបានបញ្ចប់ទេ។ គ្មានអ្វីផ្សេងត្រូវបានផ្លាស់ប្តូរទេ។ បើវាកើតឡើងម្តងទៀត សូមបើកកម្មវិធីឡើងវិញ ហើយប្រាប់អ្នកគ្រប់គ្រងប្រព័ន្ធ។</translation>
    </message>
    <message>
        <source>Shelter Desktop</source>
        <translation>Shelter Desktop</translation>
    </message>
    <message>
        <source>This file is empty (0 bytes), so there is nothing to attach. Check that the scan finished, then choose the file again.</source>
        <translation>ឯកសារនេះទទេ (0 បៃ) ដូច្នេះគ្មានអ្វីត្រូវភ្ជាប់ទេ។ សូមពិនិត្យថាការស្កេនបានបញ្ចប់ រួចជ្រើសរើសឯកសារម្តងទៀត។</translation>
    </message>
    <message>
        <source>This file is {size} MB, more than the limit of {limit} MB. Scan it again at a lower resolution (200 dpi is enough for papers), or split it into several files.</source>
        <translation>ឯកសារនេះមានទំហំ {size} MB លើសពីកម្រិត {limit} MB។ សូមស្កេនម្តងទៀតដោយកម្រិតភាពច្បាស់ទាបជាងនេះ (200 dpi គឺគ្រប់គ្រាន់សម្រាប់ក្រដាស) ឬបំបែកវាជាឯកសារច្រើន។</translation>
    </message>
    <message>
        <source>Only PDF, JPEG and PNG files can be attached. Scan to PDF or take a photo instead.</source>
        <translation>អាចភ្ជាប់បានតែឯកសារ PDF JPEG និង PNG ប៉ុណ្ណោះ។ សូមស្កេនជា PDF ឬថតរូបជំនួសវិញ។</translation>
    </message>
    <message>
        <source>This {type} file is damaged or incomplete, so it could not be read and was not attached. Open it on the computer or phone that made it, save or scan it again, and attach the new copy.</source>
        <translation>ឯកសារ {type} នេះខូច ឬមិនពេញលេញ ដូច្នេះមិនអាចអានបាន ហើយមិនត្រូវបានភ្ជាប់ទេ។ សូមបើកវានៅលើកុំព្យូទ័រ ឬទូរសព្ទដែលបានបង្កើតវា រក្សាទុក ឬស្កេនវាម្តងទៀត រួចភ្ជាប់ច្បាប់ថ្មី។</translation>
    </message>
    <message>
        <source>This PDF is protected with a password, so it cannot be shown inside Shelter Desktop and was not attached. Scan the paper again, or save the PDF without a password, then attach it.</source>
        <translation>ឯកសារ PDF នេះត្រូវបានការពារដោយពាក្យសម្ងាត់ ដូច្នេះមិនអាចបង្ហាញក្នុង Shelter Desktop បានទេ ហើយមិនត្រូវបានភ្ជាប់ទេ។ សូមស្កេនក្រដាសម្តងទៀត ឬរក្សាទុក PDF ដោយគ្មានពាក្យសម្ងាត់ រួចភ្ជាប់វា។</translation>
    </message>
    <message>
        <source>Give the document a short title that says what it is, for example &quot;Court summons, March 2026&quot;.</source>
        <translation>សូមដាក់ចំណងជើងខ្លីមួយឱ្យឯកសារ ដែលប្រាប់ថាវាជាអ្វី ឧទាហរណ៍ «ដីកាកោះហៅរបស់តុលាការ ខែមីនា ឆ្នាំ 2026»។</translation>
    </message>
    <message>
        <source>The title is {count} characters long. Keep it to {limit} characters or fewer: it names the paper, the details belong in a note.</source>
        <translation>ចំណងជើងមាន {count} តួអក្សរ។ សូមឱ្យវាមិនលើសពី {limit} តួអក្សរ៖ ចំណងជើងគ្រាន់តែប្រាប់ថាជាឯកសារអ្វី ព័ត៌មានលម្អិតគួរសរសេរក្នុងកំណត់ចំណាំ។</translation>
    </message>
    <message>
        <source>Choose what kind of document this is: consent form, court paper, medical certificate, identity document, photo or other document.</source>
        <translation>សូមជ្រើសរើសប្រភេទឯកសារនេះ៖ លិខិតយល់ព្រម ឯកសារតុលាការ វិញ្ញាបនបត្រវេជ្ជសាស្ត្រ ឯកសារអត្តសញ្ញាណ រូបថត ឬឯកសារផ្សេងទៀត។</translation>
    </message>
    <message>
        <source>Only a document of the kind &quot;Photo&quot; that is a JPEG or PNG image can be the profile photo. Attach the photo as kind &quot;Photo&quot; first.</source>
        <translation>មានតែឯកសារប្រភេទ «រូបថត» ដែលជារូបភាព JPEG ឬ PNG ប៉ុណ្ណោះ ទើបអាចប្រើជារូបថតប្រវត្តិរូបបាន។ សូមភ្ជាប់រូបថតជាប្រភេទ «រូបថត» ជាមុនសិន។</translation>
    </message>
    <message>
        <source>Presenting issues</source>
        <translation>បញ្ហាដែលលើកឡើង</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>ការសង្កេត</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>អន្តរាគមន៍</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>ផែនការ</translation>
    </message>
    <message>
        <source>Addendum</source>
        <translation>សេចក្តីបន្ថែម</translation>
    </message>
    <message>
        <source>A signed note cannot be changed. Add an addendum instead.</source>
        <translation>កំណត់ចំណាំដែលបានចុះហត្ថលេខាហើយ មិនអាចកែប្រែបានទេ។ សូមសរសេរសេចក្តីបន្ថែមជំនួសវិញ។</translation>
    </message>
    <message>
        <source>An addendum can only be added to a signed note. Change the draft itself, then sign it.</source>
        <translation>សេចក្តីបន្ថែមអាចបន្ថែមបាន តែលើកំណត់ចំណាំដែលបានចុះហត្ថលេខាហើយប៉ុណ្ណោះ។ សូមកែសេចក្តីព្រាងផ្ទាល់ រួចចុះហត្ថលេខា។</translation>
    </message>
    <message>
        <source>Only the counselor who wrote this note can change, sign or discard it. The attempt was recorded. Add an addendum once it is signed, or ask its author.</source>
        <translation>មានតែអ្នកប្រឹក្សាដែលបានសរសេរកំណត់ចំណាំនេះប៉ុណ្ណោះ ដែលអាចកែប្រែ ចុះហត្ថលេខា ឬលុបវាចោលបាន។ ការព្យាយាមនេះត្រូវបានកត់ត្រាទុក។ សូមសរសេរសេចក្តីបន្ថែម នៅពេលវាបានចុះហត្ថលេខារួច ឬសួរអ្នកសរសេរវា។</translation>
    </message>
    <message>
        <source>This note is an unsigned draft: only its author can open it until it is signed. The attempt was recorded.</source>
        <translation>កំណត់ចំណាំនេះជាសេចក្តីព្រាងដែលមិនទាន់ចុះហត្ថលេខា៖ មានតែអ្នកសរសេរប៉ុណ្ណោះដែលអាចបើកវាបាន រហូតដល់វាត្រូវបានចុះហត្ថលេខា។ ការព្យាយាមនេះត្រូវបានកត់ត្រាទុក។</translation>
    </message>
    <message>
        <source>{field} must be text.</source>
        <translation>{field} ត្រូវតែជាអត្ថបទ។</translation>
    </message>
    <message>
        <source>{field} is too long: {count} characters, at most {limit} are kept in one note. Shorten it, or continue in an addendum after signing.</source>
        <translation>{field} វែងពេក៖ មាន {count} តួអក្សរ ប៉ុន្តែកំណត់ចំណាំមួយរក្សាទុកបានយ៉ាងច្រើន {limit} តួអក្សរ។ សូមកាត់ឱ្យខ្លី ឬសរសេរបន្តក្នុងសេចក្តីបន្ថែម ក្រោយពេលចុះហត្ថលេខា។</translation>
    </message>
    <message>
        <source>{field} contains an invisible control character ({character}) that cannot be saved. Delete the text you pasted last and type it again.</source>
        <translation>{field} មានតួអក្សរបញ្ជាដែលមើលមិនឃើញ ({character}) ដែលមិនអាចរក្សាទុកបាន។ សូមលុបអត្ថបទដែលអ្នកបានបិទភ្ជាប់ចុងក្រោយ ហើយវាយវាម្តងទៀត។</translation>
    </message>
    <message>
        <source>Enter the date of the session.</source>
        <translation>សូមបញ្ចូលកាលបរិច្ឆេទនៃវគ្គប្រឹក្សា។</translation>
    </message>
    <message>
        <source>The session date {date} is in the future. Enter the day the session took place.</source>
        <translation>កាលបរិច្ឆេទវគ្គប្រឹក្សា {date} ជាថ្ងៃអនាគត។ សូមបញ្ចូលថ្ងៃដែលវគ្គប្រឹក្សាបានធ្វើឡើង។</translation>
    </message>
    <message>
        <source>The session date {date} is more than {days} days before the resident&apos;s admission ({admission}). Check the date.</source>
        <translation>កាលបរិច្ឆេទវគ្គប្រឹក្សា {date} គឺច្រើនជាង {days} ថ្ងៃ មុនថ្ងៃដែលអ្នកស្នាក់នៅចូលមណ្ឌល ({admission})។ សូមពិនិត្យកាលបរិច្ឆេទ។</translation>
    </message>
    <message>
        <source>Choose the type of session (individual, group, family or crisis).</source>
        <translation>សូមជ្រើសរើសប្រភេទវគ្គប្រឹក្សា (បុគ្គល ក្រុម គ្រួសារ ឬវិបត្តិ)។</translation>
    </message>
    <message>
        <source>Choose who may read this note: counselors only, or the whole case team.</source>
        <translation>សូមជ្រើសរើសអ្នកដែលអាចអានកំណត់ចំណាំនេះ៖ តែអ្នកប្រឹក្សា ឬក្រុមករណីទាំងមូល។</translation>
    </message>
    <message>
        <source>The session length must be between {low} and {high} minutes.</source>
        <translation>រយៈពេលវគ្គប្រឹក្សាត្រូវនៅចន្លោះពី {low} ដល់ {high} នាទី។</translation>
    </message>
    <message>
        <source>&apos;{flag}&apos; is not a risk flag this version knows.</source>
        <translation>«{flag}» មិនមែនជាសញ្ញាហានិភ័យ ដែលកំណែនេះស្គាល់ទេ។</translation>
    </message>
    <message>
        <source>A risk flag is ticked twice.</source>
        <translation>សញ្ញាហានិភ័យមួយត្រូវបានធីកពីរដង។</translation>
    </message>
    <message>
        <source>This note is empty. Write at least the presenting issues or observations before signing.</source>
        <translation>កំណត់ចំណាំនេះនៅទទេ។ សូមសរសេរយ៉ាងហោចណាស់ បញ្ហាដែលលើកឡើង ឬការសង្កេត មុនពេលចុះហត្ថលេខា។</translation>
    </message>
    <message>
        <source>The addendum is empty. Write the correction or addition.</source>
        <translation>សេចក្តីបន្ថែមនៅទទេ។ សូមសរសេរការកែតម្រូវ ឬព័ត៌មានបន្ថែម។</translation>
    </message>
    <message>
        <source>enrolment</source>
        <translation>ការចុះឈ្មោះចូលរៀន</translation>
    </message>
    <message>
        <source>training</source>
        <translation>វគ្គបណ្តុះបណ្តាល</translation>
    </message>
    <message>
        <source>A care plan review is due after 1 to 24 months.</source>
        <translation>ការពិនិត្យផែនការថែទាំឡើងវិញត្រូវធ្វើក្រោយរយៈពេល 1 ដល់ 24 ខែ។</translation>
    </message>
    <message>
        <source>A reassessment is due after 1 to 24 months.</source>
        <translation>ការវាយតម្លៃឡើងវិញត្រូវធ្វើក្រោយរយៈពេល 1 ដល់ 24 ខែ។</translation>
    </message>
    <message>
        <source>Follow-up months are whole numbers from 1 to 60, each once, smallest first (for example 1, 3, 6, 12, 18, 24).</source>
        <translation>ខែនៃការចុះតាមដានត្រូវជាចំនួនគត់ពី 1 ដល់ 60 ម្តងមួយៗ ដោយចាប់ពីតូចបំផុតមុន (ឧទាហរណ៍ 1, 3, 6, 12, 18, 24)។</translation>
    </message>
    <message>
        <source>&quot;Due soon&quot; is between 1 and 90 days.</source>
        <translation>&quot;ជិតដល់កំណត់&quot; គឺចន្លោះពី 1 ដល់ 90 ថ្ងៃ។</translation>
    </message>
    <message>
        <source>An unsigned note is overdue after 1 to 30 days.</source>
        <translation>កំណត់ត្រាដែលមិនទាន់ចុះហត្ថលេខានឹងហួសកំណត់ក្រោយរយៈពេល 1 ដល់ 30 ថ្ងៃ។</translation>
    </message>
    <message>
        <source>This computer does not remember the database key, so after the change only the NEW recovery key opens the database. Write it down (or print the recovery sheet), tick that you did, then change the key. Nothing was changed.</source>
        <translation>កុំព្យូទ័រនេះមិនចងចាំកូនសោមូលដ្ឋានទិន្នន័យទេ ដូច្នេះក្រោយពេលប្តូរ មានតែកូនសោសង្គ្រោះថ្មីប៉ុណ្ណោះ ដែលបើកមូលដ្ឋានទិន្នន័យបាន។ សូមសរសេរវាទុក (ឬបោះពុម្ពសន្លឹកកូនសោសង្គ្រោះ) ធីកបញ្ជាក់ថាអ្នកបានធ្វើរួច ហើយទើបប្តូរកូនសោ។ គ្មានអ្វីត្រូវបានផ្លាស់ប្តូរទេ។</translation>
    </message>
    <message>
        <source>This computer&apos;s password store (credential manager) did not keep the new key, so the key was not changed. Nothing was changed: the old key and recovery key still work. Try again, or restart the computer first.</source>
        <translation>កន្លែងរក្សាទុកពាក្យសម្ងាត់ (credential manager) របស់កុំព្យូទ័រនេះ មិនបានរក្សាទុកកូនសោថ្មីទេ ដូច្នេះកូនសោមិនត្រូវបានប្តូរទេ។ គ្មានអ្វីត្រូវបានផ្លាស់ប្តូរទេ៖ កូនសោចាស់ និងកូនសោសង្គ្រោះចាស់ នៅតែប្រើបាន។ សូមព្យាយាមម្តងទៀត ឬបើកកុំព្យូទ័រឡើងវិញជាមុនសិន។</translation>
    </message>
    <message>
        <source>An earlier key change was not finished. Close Shelter Desktop and open it again: it finishes or undoes that change at the start. Nothing was changed now.</source>
        <translation>ការផ្លាស់ប្តូរកូនសោលើកមុនមិនទាន់បានបញ្ចប់ទេ។ សូមបិទ Shelter Desktop ហើយបើកវាម្តងទៀត៖ វានឹងបញ្ចប់ ឬមិនធ្វើវិញនូវការផ្លាស់ប្តូរនោះនៅពេលចាប់ផ្តើម។ គ្មានអ្វីត្រូវបានផ្លាស់ប្តូរនៅពេលនេះទេ។</translation>
    </message>
    <message>
        <source>The database key could not be changed ({problem}). Nothing was changed: the old key and recovery key still work.</source>
        <translation>មិនអាចប្តូរកូនសោមូលដ្ឋានទិន្នន័យបានទេ ({problem})។ គ្មានអ្វីត្រូវបានផ្លាស់ប្តូរទេ៖ កូនសោចាស់ និងកូនសោសង្គ្រោះចាស់ នៅតែប្រើបាន។</translation>
    </message>
    <message>
        <source>The database is open in another Shelter Desktop window or command, so its key cannot be changed now. Close the other one and try again. Nothing was changed.</source>
        <translation>មូលដ្ឋានទិន្នន័យកំពុងបើកនៅក្នុងផ្ទាំង Shelter Desktop ឬពាក្យបញ្ជាមួយផ្សេងទៀត ដូច្នេះមិនអាចប្តូរកូនសោរបស់វាឥឡូវនេះបានទេ។ សូមបិទផ្ទាំង ឬពាក្យបញ្ជានោះ ហើយព្យាយាមម្តងទៀត។ គ្មានអ្វីត្រូវបានផ្លាស់ប្តូរទេ។</translation>
    </message>
    <message>
        <source>This is the OLD recovery key: the database key was changed on {date}. Type the NEW recovery key, the one shown during the change. Backups made before that day still open with the old one.</source>
        <translation>នេះជាកូនសោសង្គ្រោះចាស់៖ កូនសោមូលដ្ឋានទិន្នន័យត្រូវបានប្តូរនៅថ្ងៃ {date}។ សូមវាយកូនសោសង្គ្រោះថ្មី ដែលបានបង្ហាញនៅពេលប្តូរ។ ការបម្រុងទុកដែលបានធ្វើមុនថ្ងៃនោះ នៅតែបើកដោយកូនសោសង្គ្រោះចាស់។</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>ការវាយតម្លៃ</translation>
    </message>
    <message>
        <source>care plan</source>
        <translation>ផែនការថែទាំ</translation>
    </message>
    <message>
        <source>reintegration</source>
        <translation>ការធ្វើសមាហរណកម្ម</translation>
    </message>
    <message>
        <source>follow-up visit</source>
        <translation>ការចុះតាមដាន</translation>
    </message>
    <message>
        <source>Part of the database file is damaged (the check found: {problem}). A failing disk, a USB stick pulled out too early or a power cut can do this. Nothing was written to it. Restore the latest backup, or ask for technical help.</source>
        <translation>ផ្នែកខ្លះនៃឯកសារមូលដ្ឋានទិន្នន័យបានខូច (ការត្រួតពិនិត្យបានរកឃើញ៖ {problem})។ ថាសដែលជិតខូច ការដក USB ចេញលឿនពេក ឬការដាច់ភ្លើង អាចបណ្តាលឱ្យកើតមានបញ្ហានេះ។ គ្មានអ្វីត្រូវបានសរសេរទៅក្នុងវាទេ។ សូមស្តារការបម្រុងទុកចុងក្រោយ ឬសុំជំនួយផ្នែកបច្ចេកទេស។</translation>
    </message>
    <message>
        <source>The database&apos;s journal file {file} is damaged, so the latest changes kept in it cannot be read. Nothing was written to the database or the journal. Restore the latest backup, or ask for technical help.</source>
        <translation>ឯកសារកំណត់ហេតុ (journal) {file} របស់មូលដ្ឋានទិន្នន័យខូច ដូច្នេះមិនអាចអានការផ្លាស់ប្តូរចុងក្រោយដែលរក្សាទុកក្នុងនោះបានទេ។ គ្មានអ្វីត្រូវបានសរសេរចូលមូលដ្ឋានទិន្នន័យ ឬឯកសារកំណត់ហេតុនោះទេ។ សូមស្តារការបម្រុងទុកចុងក្រោយ ឬសុំជំនួយបច្ចេកទេស។</translation>
    </message>
    <message>
        <source>The database file is damaged: the key fits, but the file is cut short or its list of tables cannot be read. The file was not changed. Restore a backup.</source>
        <translation>ឯកសារមូលដ្ឋានទិន្នន័យខូច៖ កូនសោត្រឹមត្រូវ ប៉ុន្តែឯកសារត្រូវបានកាត់ខ្លី ឬមិនអាចអានបញ្ជីតារាងរបស់វាបានទេ។ ឯកសារមិនត្រូវបានផ្លាស់ប្តូរទេ។ សូមស្តារពីការបម្រុងទុក។</translation>
    </message>
    <message>
        <source>Her file already shows that she is no longer in the shelter, so a departure cannot be recorded. Nothing was changed.</source>
        <translation>ឯកសាររបស់នាងបង្ហាញរួចហើយថា នាងលែងស្នាក់នៅក្នុងមណ្ឌលទៀតហើយ ដូច្នេះមិនអាចកត់ត្រាការចាកចេញបានទេ។ គ្មានអ្វីត្រូវបានផ្លាស់ប្តូរទេ។</translation>
    </message>
    <message>
        <source>Choose how she left: transferred to another organisation, or left without notice.</source>
        <translation>សូមជ្រើសរើសរបៀបដែលនាងបានចាកចេញ៖ បានផ្ទេរទៅអង្គការផ្សេង ឬបានចាកចេញដោយមិនជូនដំណឹង។</translation>
    </message>
    <message>
        <source>Enter the day she left the shelter.</source>
        <translation>សូមបញ្ចូលថ្ងៃដែលនាងបានចាកចេញពីមណ្ឌល។</translation>
    </message>
    <message>
        <source>The day she left is in the future. Enter the day she actually left.</source>
        <translation>ថ្ងៃដែលនាងបានចាកចេញ គឺនៅថ្ងៃអនាគត។ សូមបញ្ចូលថ្ងៃដែលនាងពិតជាបានចាកចេញ។</translation>
    </message>
    <message>
        <source>The day she left is before her admission to the shelter. Check the date.</source>
        <translation>ថ្ងៃដែលនាងបានចាកចេញ គឺមុនថ្ងៃដែលនាងចូលមណ្ឌល។ សូមពិនិត្យកាលបរិច្ឆេទ។</translation>
    </message>
</context>
<context>
    <name>ExitBackupDialog</name>
    <message>
        <source>Making and verifying a backup…</source>
        <translation>កំពុងបង្កើត និងផ្ទៀងផ្ទាត់ការបម្រុងទុក…</translation>
    </message>
    <message>
        <source>No backup has been made yet.</source>
        <translation>មិនទាន់មានការបម្រុងទុកណាមួយនៅឡើយទេ។</translation>
    </message>
    <message>
        <source>The last backup was made on {time}.</source>
        <translation>ការបម្រុងទុកចុងក្រោយត្រូវបានធ្វើនៅ {time}។</translation>
    </message>
    <message>
        <source>The backup will be saved in {folder}.</source>
        <translation>ការបម្រុងទុកនឹងត្រូវរក្សាទុកនៅក្នុង {folder}។</translation>
    </message>
    <message>
        <source>Try again and close</source>
        <translation>ព្យាយាមម្តងទៀត ហើយបិទ</translation>
    </message>
    <message>
        <source>Back up and close</source>
        <translation>បម្រុងទុក ហើយបិទ</translation>
    </message>
    <message>
        <source>Back up before closing</source>
        <translation>បម្រុងទុកមុនពេលបិទ</translation>
    </message>
    <message>
        <source>Make a backup before closing?</source>
        <translation>តើចង់ធ្វើការបម្រុងទុកមុនពេលបិទឬ?</translation>
    </message>
    <message>
        <source>Close without backup</source>
        <translation>បិទដោយមិនបម្រុងទុក</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>បោះបង់</translation>
    </message>
</context>
<context>
    <name>FileHistory</name>
    <message>
        <source>Resident record</source>
        <translation>ព័ត៌មានអ្នកស្នាក់នៅ</translation>
    </message>
    <message>
        <source>Counseling note</source>
        <translation>កំណត់ចំណាំប្រឹក្សា</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>អ្នកទំនាក់ទំនង</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>ការយល់ព្រម</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>ឯកសារ</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>ការអប់រំ</translation>
    </message>
    <message>
        <source>Vocational training</source>
        <translation>បណ្តុះបណ្តាលវិជ្ជាជីវៈ</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>ការវាយតម្លៃ</translation>
    </message>
    <message>
        <source>Care plan</source>
        <translation>ផែនការថែទាំ</translation>
    </message>
    <message>
        <source>Reintegration and follow-up</source>
        <translation>ការធ្វើសមាហរណកម្ម និងការតាមដាន</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome – Shelter Desktop</source>
        <translation>សូមស្វាគមន៍ – Shelter Desktop</translation>
    </message>
    <message>
        <source>Welcome to Shelter Desktop</source>
        <translation>សូមស្វាគមន៍មកកាន់ Shelter Desktop</translation>
    </message>
    <message>
        <source>There is no shelter database in this folder yet:
{folder}

If this is a new shelter, set it up now. To look around first, open the demo. If your shelter&apos;s database is in another folder (for example on a USB disk), choose that folder.</source>
        <translation>មិនទាន់មានមូលដ្ឋានទិន្នន័យមណ្ឌលនៅក្នុងថតនេះនៅឡើយទេ៖
{folder}

បើនេះជាមណ្ឌលថ្មី សូមរៀបចំវាឥឡូវនេះ។ បើចង់មើលសាកល្បងជាមុនសិន សូមបើកការសាកល្បង។ បើមូលដ្ឋានទិន្នន័យរបស់មណ្ឌលអ្នកនៅក្នុងថតផ្សេង (ឧទាហរណ៍ នៅលើឌីស USB) សូមជ្រើសរើសថតនោះ។</translation>
    </message>
    <message>
        <source>Set up a new shelter</source>
        <translation>រៀបចំមណ្ឌលថ្មី</translation>
    </message>
    <message>
        <source>Creates an encrypted database and your administrator account.</source>
        <translation>បង្កើតមូលដ្ឋានទិន្នន័យដែលបានអ៊ិនគ្រីប និងគណនីអ្នកគ្រប់គ្រងប្រព័ន្ធរបស់អ្នក។</translation>
    </message>
    <message>
        <source>Open a demo with made-up residents</source>
        <translation>បើកការសាកល្បងជាមួយអ្នកស្នាក់នៅប្រឌិត</translation>
    </message>
    <message>
        <source>For training and trying things out. Nothing in it is real.</source>
        <translation>សម្រាប់ការបណ្តុះបណ្តាល និងការសាកល្បង។ គ្មានអ្វីក្នុងនោះជាការពិតទេ។</translation>
    </message>
    <message>
        <source>Choose another data folder…</source>
        <translation>ជ្រើសរើសថតទិន្នន័យផ្សេង…</translation>
    </message>
    <message>
        <source>Open the shelter database kept in another folder.</source>
        <translation>បើកមូលដ្ឋានទិន្នន័យមណ្ឌល ដែលរក្សាទុកក្នុងថតផ្សេង។</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>បិទកម្មវិធី (&amp;Q)</translation>
    </message>
    <message>
        <source>Creating the demo database…</source>
        <translation>កំពុងបង្កើតមូលដ្ឋានទិន្នន័យសាកល្បង…</translation>
    </message>
    <message>
        <source>Choose the shelter&apos;s data folder</source>
        <translation>ជ្រើសរើសថតទិន្នន័យរបស់មណ្ឌល</translation>
    </message>
</context>
<context>
    <name>GeoPicker</name>
    <message>
        <source>&amp;Province or capital:</source>
        <translation>ខេត្ត ឬរាជធានី (&amp;P)៖</translation>
    </message>
    <message>
        <source>&amp;District or khan:</source>
        <translation>ស្រុក ឬខណ្ឌ (&amp;D)៖</translation>
    </message>
    <message>
        <source>Co&amp;mmune or sangkat:</source>
        <translation>ឃុំ ឬសង្កាត់ (&amp;M)៖</translation>
    </message>
    <message>
        <source>&amp;Village:</source>
        <translation>ភូមិ (&amp;V)៖</translation>
    </message>
    <message>
        <source>Province of origin</source>
        <translation>ខេត្ត ឬរាជធានីដើម</translation>
    </message>
    <message>
        <source>District of origin</source>
        <translation>ស្រុក ឬខណ្ឌដើម</translation>
    </message>
    <message>
        <source>Commune of origin</source>
        <translation>ឃុំ ឬសង្កាត់ដើម</translation>
    </message>
    <message>
        <source>Village of origin</source>
        <translation>ភូមិដើម</translation>
    </message>
    <message>
        <source>Type a name in Khmer or English</source>
        <translation>វាយឈ្មោះជាភាសាខ្មែរ ឬអង់គ្លេស</translation>
    </message>
    <message>
        <source>Choose the province first</source>
        <translation>សូមជ្រើសរើសខេត្ត ឬរាជធានីជាមុនសិន</translation>
    </message>
    <message>
        <source>Choose the district first</source>
        <translation>សូមជ្រើសរើសស្រុក ឬខណ្ឌជាមុនសិន</translation>
    </message>
    <message>
        <source>Choose the commune first</source>
        <translation>សូមជ្រើសរើសឃុំ ឬសង្កាត់ជាមុនសិន</translation>
    </message>
</context>
<context>
    <name>GoalCard</name>
    <message>
        <source>Goal {number}</source>
        <translation>គោលដៅទី {number}</translation>
    </message>
    <message>
        <source>Other (not an assessment domain)</source>
        <translation>ផ្សេងៗ (មិនមែនជាវិស័យ)</translation>
    </message>
    <message>
        <source>The assessment domain this goal answers</source>
        <translation>វិស័យ ដែលគោលដៅនេះឆ្លើយតប</translation>
    </message>
    <message>
        <source>Move this goal up</source>
        <translation>ផ្លាស់គោលដៅនេះឡើងលើ</translation>
    </message>
    <message>
        <source>Move this goal down</source>
        <translation>ផ្លាស់គោលដៅនេះចុះក្រោម</translation>
    </message>
    <message>
        <source>Remove goal</source>
        <translation>ដកគោលដៅចេញ</translation>
    </message>
    <message>
        <source>What she will achieve, e.g. “Attends school every day”</source>
        <translation>អ្វីដែលនាងនឹងសម្រេចបាន ឧ. «ទៅរៀនរៀងរាល់ថ្ងៃ»</translation>
    </message>
    <message>
        <source>Responsible:</source>
        <translation>អ្នកទទួលខុសត្រូវ៖</translation>
    </message>
    <message>
        <source>Target date:</source>
        <translation>ថ្ងៃគោលដៅ៖</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>កំណត់</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>ស្ថានភាព៖</translation>
    </message>
    <message>
        <source>Actions (what will be done, by whom, by when):</source>
        <translation>សកម្មភាព (អ្វីដែលត្រូវធ្វើ ដោយអ្នកណា និងនៅពេលណា)៖</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>បន្ថែមសកម្មភាព</translation>
    </message>
</context>
<context>
    <name>HealthPage</name>
    <message>
        <source>Health on intake</source>
        <translation>សុខភាពពេលចូលមណ្ឌល</translation>
    </message>
    <message>
        <source>What the case team needs to know to care for the resident.</source>
        <translation>អ្វីដែលក្រុមករណីត្រូវដឹង ដើម្បីថែទាំអ្នកស្នាក់នៅ។</translation>
    </message>
    <message>
        <source>These answers are sensitive. They are kept encrypted and shown only to the case team (counselors and house managers), never in summaries or exports. Record only what the resident agreed to share.</source>
        <translation>ចម្លើយទាំងនេះជាព័ត៌មានរសើប។ វាត្រូវបានរក្សាទុកដោយអ៊ិនគ្រីប ហើយបង្ហាញតែដល់ក្រុមករណី (អ្នកប្រឹក្សា និងអ្នកគ្រប់គ្រងផ្ទះ) ប៉ុណ្ណោះ មិនដែលបង្ហាញក្នុងរបាយការណ៍សង្ខេប ឬការនាំចេញទេ។ សូមកត់ត្រាតែអ្វីដែលអ្នកស្នាក់នៅយល់ព្រមចែករំលែកប៉ុណ្ណោះ។</translation>
    </message>
    <message>
        <source>&amp;HIV status:</source>
        <translation>ស្ថានភាពមេរោគអេដស៍ (HIV) (&amp;H)៖</translation>
    </message>
    <message>
        <source>Pregnancy:</source>
        <translation>ការមានផ្ទៃពោះ៖</translation>
    </message>
    <message>
        <source>Health &amp;notes:</source>
        <translation>កំណត់ចំណាំសុខភាព (&amp;N)៖</translation>
    </message>
    <message>
        <source>&amp;Pregnant at admission</source>
        <translation>មានផ្ទៃពោះពេលចូលមណ្ឌល (&amp;P)</translation>
    </message>
    <message>
        <source>Injuries, illnesses, medicines, allergies, appointments needed…</source>
        <translation>របួស ជំងឺ ថ្នាំ ប្រតិកម្មអាលែហ្ស៊ី ការណាត់ជួបពេទ្យដែលត្រូវការ…</translation>
    </message>
    <message>
        <source>Not known / not tested</source>
        <translation>មិនដឹង / មិនទាន់ធ្វើតេស្ត</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>អវិជ្ជមាន</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>វិជ្ជមាន</translation>
    </message>
    <message>
        <source>Does not wish to say</source>
        <translation>មិនចង់ប្រាប់</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>Help: {page}</source>
        <translation>ជំនួយ៖ {page}</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>{name} ({username})</source>
        <translation>{name} ({username})</translation>
    </message>
    <message>
        <source>No events recorded for this file</source>
        <translation>មិនមានព្រឹត្តិការណ៍កត់ត្រាសម្រាប់ឯកសារនេះទេ</translation>
    </message>
    <message>
        <source>Events {first}–{last}, newest first</source>
        <translation>ព្រឹត្តិការណ៍ទី {first}–{last} (ថ្មីបំផុតនៅខាងលើ)</translation>
    </message>
    <message>
        <source>Every time someone opened or changed this file. Only who, when and which record are shown, never what the record says.</source>
        <translation>រាល់ពេលដែលមាននរណាម្នាក់បើក ឬកែប្រែឯកសារនេះ។ បង្ហាញតែអ្នកណា ពេលណា និងផ្នែកណា ប៉ុន្តែមិនបង្ហាញខ្លឹមសារនៃកំណត់ត្រាទេ។</translation>
    </message>
    <message>
        <source>When</source>
        <translation>ពេលវេលា</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>បុគ្គលិក</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>សកម្មភាព</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>ផ្នែក</translation>
    </message>
    <message>
        <source>&lt; &amp;Newer</source>
        <translation>&lt; ថ្មីជាង (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Older &gt;</source>
        <translation>ចាស់ជាង (&amp;O) &gt;</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>{overdue} overdue, {soon} due soon</source>
        <translation>ហួសកំណត់ {overdue} និងជិតដល់កំណត់ {soon}</translation>
    </message>
    <message>
        <source>More under Due work. Open an item to go to her file.</source>
        <translation>មានបន្ថែមទៀតនៅក្នុង «ការងារត្រូវធ្វើ»។ សូមបើកធាតុមួយ ដើម្បីទៅកាន់ឯកសាររបស់នាង។</translation>
    </message>
    <message>
        <source>Open an item to go to her file.</source>
        <translation>សូមបើកធាតុមួយ ដើម្បីទៅកាន់ឯកសាររបស់នាង។</translation>
    </message>
    <message>
        <source>No backup has been made yet.</source>
        <translation>មិនទាន់មានការបម្រុងទុកណាមួយនៅឡើយទេ។</translation>
    </message>
    <message>
        <source>Last backup: {time}, more than 7 days ago.</source>
        <translation>ការបម្រុងទុកចុងក្រោយ៖ {time} គឺលើសពី ៧ ថ្ងៃមុន។</translation>
    </message>
    <message>
        <source>Last backup: {time}</source>
        <translation>ការបម្រុងទុកចុងក្រោយ៖ {time}</translation>
    </message>
    <message>
        <source>Make one under Administration → Backups.</source>
        <translation>សូមបង្កើតមួយនៅក្រោម ការគ្រប់គ្រងប្រព័ន្ធ → ការបម្រុងទុក។</translation>
    </message>
    <message>
        <source>Tell your administrator.</source>
        <translation>សូមប្រាប់អ្នកគ្រប់គ្រងប្រព័ន្ធរបស់អ្នក។</translation>
    </message>
    <message>
        <source>Welcome, {name}</source>
        <translation>សូមស្វាគមន៍ {name}</translation>
    </message>
    <message>
        <source>Active residents</source>
        <translation>អ្នកស្នាក់នៅបច្ចុប្បន្ន</translation>
    </message>
    <message>
        <source>Your unsigned notes</source>
        <translation>កំណត់ចំណាំរបស់អ្នក ដែលមិនទាន់ចុះហត្ថលេខា</translation>
    </message>
    <message>
        <source>Unsigned notes in the shelter</source>
        <translation>កំណត់ចំណាំមិនទាន់ចុះហត្ថលេខា ក្នុងមណ្ឌល</translation>
    </message>
    <message>
        <source>Active staff accounts</source>
        <translation>គណនីបុគ្គលិកសកម្ម</translation>
    </message>
    <message>
        <source>Audit events recorded</source>
        <translation>ព្រឹត្តិការណ៍ក្នុងកំណត់ត្រាសវនកម្ម</translation>
    </message>
    <message>
        <source>What is due</source>
        <translation>ការងារដែលត្រូវធ្វើ</translation>
    </message>
    <message>
        <source>Nothing is due.</source>
        <translation>គ្មានការងារត្រូវធ្វើទេ។</translation>
    </message>
    <message>
        <source>Find a resident under Residents. What is due for your residents, and the notes waiting for your signature, are below and under Due work.</source>
        <translation>សូមស្វែងរកអ្នកស្នាក់នៅ នៅក្នុង «អ្នកស្នាក់នៅ»។ ការងារដែលត្រូវធ្វើសម្រាប់អ្នកស្នាក់នៅរបស់អ្នក និងកំណត់ចំណាំដែលរង់ចាំហត្ថលេខារបស់អ្នក មាននៅខាងក្រោម និងនៅក្នុង «ការងារត្រូវធ្វើ»។</translation>
    </message>
    <message>
        <source>Find any resident of the shelter under Residents. What is due for the whole shelter is below and under Due work.</source>
        <translation>សូមស្វែងរកអ្នកស្នាក់នៅណាមួយរបស់មណ្ឌល នៅក្នុង «អ្នកស្នាក់នៅ»។ ការងារដែលត្រូវធ្វើសម្រាប់មណ្ឌលទាំងមូល មាននៅខាងក្រោម និងនៅក្នុង «ការងារត្រូវធ្វើ»។</translation>
    </message>
    <message>
        <source>Your account is for anonymized summaries: counts without names, notes or photos. It cannot open residents&apos; files. Making summaries comes in a later version of Shelter Desktop; until then there is nothing else to do here.</source>
        <translation>គណនីរបស់អ្នកសម្រាប់តែរបាយការណ៍សង្ខេបដែលមិនបង្ហាញអត្តសញ្ញាណ៖ ចំនួនសរុប ដោយគ្មានឈ្មោះ កំណត់ចំណាំ ឬរូបថត។ គណនីនេះមិនអាចបើកឯកសាររបស់អ្នកស្នាក់នៅបានទេ។ មុខងារធ្វើរបាយការណ៍សង្ខេបនឹងមាននៅក្នុងកំណែក្រោយរបស់ Shelter Desktop។ រហូតដល់ពេលនោះ មិនមានអ្វីផ្សេងទៀតត្រូវធ្វើនៅទីនេះទេ។</translation>
    </message>
    <message>
        <source>Your account runs this installation: staff accounts, the audit log and settings, under Administration. Residents&apos; files are not open to this account.</source>
        <translation>គណនីរបស់អ្នកគ្រប់គ្រងកម្មវិធីនៅលើកុំព្យូទ័រនេះ៖ គណនីបុគ្គលិក កំណត់ត្រាសវនកម្ម និងការកំណត់ នៅក្នុងទំព័រ «ការគ្រប់គ្រងប្រព័ន្ធ»។ គណនីនេះមិនអាចបើកឯកសាររបស់អ្នកស្នាក់នៅបានទេ។</translation>
    </message>
</context>
<context>
    <name>IdentityPage</name>
    <message>
        <source>Who is the new resident?</source>
        <translation>តើអ្នកស្នាក់នៅថ្មីជានរណា?</translation>
    </message>
    <message>
        <source>The name in Khmer script and in Latin letters, birth, and admission.</source>
        <translation>ឈ្មោះជាអក្សរខ្មែរ និងអក្សរឡាតាំង ថ្ងៃកំណើត និងថ្ងៃចូលមណ្ឌល។</translation>
    </message>
    <message>
        <source>Name in &amp;Khmer:</source>
        <translation>ឈ្មោះជាអក្សរខ្មែរ (&amp;K)៖</translation>
    </message>
    <message>
        <source>Name in &amp;Latin letters:</source>
        <translation>ឈ្មោះជាអក្សរឡាតាំង (&amp;L)៖</translation>
    </message>
    <message>
        <source>&amp;Alias or nickname:</source>
        <translation>ឈ្មោះហៅក្រៅ (&amp;A)៖</translation>
    </message>
    <message>
        <source>&amp;Sex:</source>
        <translation>ភេទ (&amp;S)៖</translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation>ថ្ងៃខែឆ្នាំកំណើត (&amp;B)៖</translation>
    </message>
    <message>
        <source>A&amp;dmitted on:</source>
        <translation>ថ្ងៃចូលមណ្ឌល (&amp;D)៖</translation>
    </message>
    <message>
        <source>Na&amp;tionality:</source>
        <translation>សញ្ជាតិ (&amp;T)៖</translation>
    </message>
    <message>
        <source>Languages spoken:</source>
        <translation>ភាសាដែលនិយាយ៖</translation>
    </message>
    <message>
        <source>e.g. សុខ សុភា</source>
        <translation>ឧ. សុខ សុភា</translation>
    </message>
    <message>
        <source>e.g. Sok Sophea</source>
        <translation>ឧ. Sok Sophea</translation>
    </message>
    <message>
        <source>Another name the resident is known by (optional)</source>
        <translation>ឈ្មោះផ្សេងទៀតដែលគេស្គាល់អ្នកស្នាក់នៅ (មិនចាំបាច់)</translation>
    </message>
    <message>
        <source>Date known:</source>
        <translation>ដឹងថ្ងៃខែឆ្នាំ៖</translation>
    </message>
    <message>
        <source>Only the year is known (estimated):</source>
        <translation>ដឹងតែឆ្នាំ (ប្រហាក់ប្រហែល)៖</translation>
    </message>
    <message>
        <source>Not entered</source>
        <translation>មិនទាន់បញ្ចូល</translation>
    </message>
    <message>
        <source>Type the digits of the date, or open the calendar with Alt+Down.</source>
        <translation>វាយលេខកាលបរិច្ឆេទ ឬបើកប្រតិទិនដោយចុច Alt+Down។</translation>
    </message>
    <message>
        <source>Type the year, e.g. 2010, or use the arrows.</source>
        <translation>វាយឆ្នាំ ឧទាហរណ៍ 2010 ឬប្រើព្រួញ។</translation>
    </message>
    <message>
        <source>Choose the year</source>
        <translation>ជ្រើសរើសឆ្នាំ</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>ជ្រើសរើស…</translation>
    </message>
</context>
<context>
    <name>ImagePane</name>
    <message>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>ឱ្យត្រូវនឹងផ្ទាំង</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>បង្រួម</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>បង្រួម (Ctrl+-)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>ពង្រីក</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>ពង្រីក (Ctrl++)</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>ទំហំដើម</translation>
    </message>
    <message>
        <source>Actual size (Ctrl+0)</source>
        <translation>ទំហំដើម (Ctrl+0)</translation>
    </message>
    <message>
        <source>Rotate left</source>
        <translation>បង្វិលទៅឆ្វេង</translation>
    </message>
    <message>
        <source>Rotate right</source>
        <translation>បង្វិលទៅស្តាំ</translation>
    </message>
</context>
<context>
    <name>Intake</name>
    <message>
        <source>Enter the resident&apos;s name in Khmer script, in Latin letters, or both. At least one is needed.</source>
        <translation>សូមបញ្ចូលឈ្មោះអ្នកស្នាក់នៅជាអក្សរខ្មែរ ជាអក្សរឡាតាំង ឬទាំងពីរ។ ត្រូវមានយ៉ាងហោចណាស់មួយ។</translation>
    </message>
    <message>
        <source>The Khmer name has no Khmer letters. Type it with a Khmer keyboard, or leave it empty and fill in the Latin name.</source>
        <translation>ឈ្មោះខ្មែរគ្មានអក្សរខ្មែរទេ។ សូមវាយវាដោយប្រើក្តារចុចខ្មែរ ឬទុកវាទទេ ហើយបំពេញឈ្មោះឡាតាំង។</translation>
    </message>
    <message>
        <source>The Khmer name contains Latin letters. Write only the Khmer spelling here and put the Latin spelling in the Latin name.</source>
        <translation>ឈ្មោះខ្មែរមានអក្សរឡាតាំង។ សូមសរសេរតែអក្សរខ្មែរនៅទីនេះ ហើយដាក់អក្សរឡាតាំងក្នុងឈ្មោះឡាតាំង។</translation>
    </message>
    <message>
        <source>The Latin name contains Khmer script. Write the Khmer spelling in the Khmer name and only Latin letters here.</source>
        <translation>ឈ្មោះឡាតាំងមានអក្សរខ្មែរ។ សូមសរសេរអក្សរខ្មែរក្នុងឈ្មោះខ្មែរ ហើយសរសេរតែអក្សរឡាតាំងនៅទីនេះ។</translation>
    </message>
    <message>
        <source>The Latin name must be written in Latin letters (A–Z, accents allowed). Write other scripts in the Khmer name or the alias.</source>
        <translation>ឈ្មោះឡាតាំងត្រូវសរសេរជាអក្សរឡាតាំង (A–Z អាចមានសញ្ញាសំឡេង)។ សូមសរសេរអក្សរប្រភេទផ្សេងក្នុងឈ្មោះខ្មែរ ឬឈ្មោះហៅក្រៅ។</translation>
    </message>
    <message>
        <source>This name contains characters that cannot be part of a name ({characters}). Use only letters, spaces, hyphens, apostrophes and dots.</source>
        <translation>ឈ្មោះនេះមានតួអក្សរដែលមិនអាចជាផ្នែកនៃឈ្មោះបាន ({characters})។ សូមប្រើតែអក្សរ ដកឃ្លា សញ្ញាភ្ជាប់ (-) សញ្ញាអាប៉ូស្ត្រូហ្វ (&apos;) និងចំណុច។</translation>
    </message>
    <message>
        <source>This text is too long: {length} characters, at most {limit} fit. Shorten it, or attach a longer account as a document.</source>
        <translation>អត្ថបទនេះវែងពេក៖ មាន {length} តួអក្សរ ប៉ុន្តែដាក់បានយ៉ាងច្រើន {limit} តួអក្សរ។ សូមកាត់ឱ្យខ្លី ឬភ្ជាប់សេចក្តីរៀបរាប់វែងជាឯកសារ។</translation>
    </message>
    <message>
        <source>This text contains invisible control characters, probably from copying and pasting. Type it again or paste it as plain text.</source>
        <translation>អត្ថបទនេះមានតួអក្សរបញ្ជាដែលមើលមិនឃើញ ប្រហែលជាមកពីការចម្លង និងបិទភ្ជាប់។ សូមវាយវាម្តងទៀត ឬបិទភ្ជាប់ជាអត្ថបទធម្មតា។</translation>
    </message>
    <message>
        <source>The date of birth is in the future. Check the day, month and year.</source>
        <translation>ថ្ងៃកំណើតជាថ្ងៃអនាគត។ សូមពិនិត្យថ្ងៃ ខែ និងឆ្នាំ។</translation>
    </message>
    <message>
        <source>The admission date is before the date of birth. Check both dates: the year is the most common mistake.</source>
        <translation>ថ្ងៃចូលមណ្ឌលនៅមុនថ្ងៃកំណើត។ សូមពិនិត្យកាលបរិច្ឆេទទាំងពីរ៖ ឆ្នាំ ជាកំហុសដែលកើតមានញឹកញាប់ជាងគេ។</translation>
    </message>
    <message>
        <source>The admission date is in the future. Enter the day the resident arrived.</source>
        <translation>ថ្ងៃចូលមណ្ឌលជាថ្ងៃអនាគត។ សូមបញ្ចូលថ្ងៃដែលអ្នកស្នាក់នៅបានមកដល់។</translation>
    </message>
    <message>
        <source>With these dates the resident would be {age} years old at admission. The shelter takes people from birth to {oldest} years: check the date of birth and the admission date.</source>
        <translation>តាមកាលបរិច្ឆេទទាំងនេះ អ្នកស្នាក់នៅនឹងមានអាយុ {age} ឆ្នាំ នៅពេលចូលមណ្ឌល។ មណ្ឌលទទួលមនុស្សចាប់ពីទើបកើត ដល់អាយុ {oldest} ឆ្នាំ៖ សូមពិនិត្យថ្ងៃកំណើត និងថ្ងៃចូលមណ្ឌល។</translation>
    </message>
    <message>
        <source>Give either the exact date of birth or an estimated year of birth, not both.</source>
        <translation>សូមបញ្ចូលថ្ងៃខែឆ្នាំកំណើតពិតប្រាកដ ឬឆ្នាំកំណើតប្រហាក់ប្រហែល មិនមែនទាំងពីរទេ។</translation>
    </message>
    <message>
        <source>Enter the date of birth. If only the age is known, enter an estimated year of birth instead.</source>
        <translation>សូមបញ្ចូលថ្ងៃខែឆ្នាំកំណើត។ ប្រសិនបើដឹងតែអាយុ សូមបញ្ចូលឆ្នាំកំណើតប្រហាក់ប្រហែលជំនួសវិញ។</translation>
    </message>
    <message>
        <source>The estimated year of birth must be between {earliest} and {latest} for this admission date.</source>
        <translation>សម្រាប់ថ្ងៃចូលមណ្ឌលនេះ ឆ្នាំកំណើតប្រហាក់ប្រហែលត្រូវនៅចន្លោះពី {earliest} ដល់ {latest}។</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not one of the choices here. Choose a value from the list.</source>
        <translation>«{value}» មិនមែនជាជម្រើសមួយនៅទីនេះទេ។ សូមជ្រើសរើសតម្លៃពីបញ្ជី។</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is chosen twice. Choose each value only once.</source>
        <translation>«{value}» ត្រូវបានជ្រើសរើសពីរដង។ សូមជ្រើសរើសតម្លៃនីមួយៗតែម្តងប៉ុណ្ណោះ។</translation>
    </message>
    <message>
        <source>This province is not in the list of Cambodian provinces. Choose it from the list.</source>
        <translation>ខេត្តនេះមិនមាននៅក្នុងបញ្ជីខេត្តនៃប្រទេសកម្ពុជាទេ។ សូមជ្រើសរើសវាពីបញ្ជី។</translation>
    </message>
    <message>
        <source>This district is not in the chosen province. Choose the province first, then one of its districts.</source>
        <translation>ស្រុក ឬខណ្ឌនេះ មិនស្ថិតនៅក្នុងខេត្ត ឬរាជធានីដែលបានជ្រើសរើសទេ។ សូមជ្រើសរើសខេត្ត ឬរាជធានីជាមុន រួចជ្រើសរើសស្រុក ឬខណ្ឌមួយរបស់វា។</translation>
    </message>
    <message>
        <source>This commune is not in the chosen district. Choose the district first, then one of its communes.</source>
        <translation>ឃុំ ឬសង្កាត់នេះ មិនស្ថិតនៅក្នុងស្រុក ឬខណ្ឌដែលបានជ្រើសរើសទេ។ សូមជ្រើសរើសស្រុក ឬខណ្ឌជាមុន រួចជ្រើសរើសឃុំ ឬសង្កាត់មួយរបស់វា។</translation>
    </message>
    <message>
        <source>This village is not in the chosen commune. Choose the commune first, then one of its villages.</source>
        <translation>ភូមិនេះ មិនស្ថិតនៅក្នុងឃុំ ឬសង្កាត់ដែលបានជ្រើសរើសទេ។ សូមជ្រើសរើសឃុំ ឬសង្កាត់ជាមុន រួចជ្រើសរើសភូមិមួយរបស់វា។</translation>
    </message>
    <message>
        <source>A pregnancy is recorded but the sex is male. Check the sex and the health answers.</source>
        <translation>មានកត់ត្រាថាមានផ្ទៃពោះ ប៉ុន្តែភេទជាប្រុស។ សូមពិនិត្យភេទ និងចម្លើយអំពីសុខភាព។</translation>
    </message>
    <message>
        <source>Record the resident&apos;s (or guardian&apos;s) consent to care and to keeping a case file before saving.</source>
        <translation>មុនពេលរក្សាទុក សូមកត់ត្រាការយល់ព្រមរបស់អ្នកស្នាក់នៅ (ឬអាណាព្យាបាល) លើការថែទាំ និងការរក្សាទុកឯកសារករណី។</translation>
    </message>
    <message>
        <source>The consent is dated in the future. Enter the day it was given.</source>
        <translation>ការយល់ព្រមមានកាលបរិច្ឆេទនៅថ្ងៃអនាគត។ សូមបញ្ចូលថ្ងៃដែលបានផ្តល់ការយល់ព្រម។</translation>
    </message>
    <message>
        <source>This consent was given by a guardian, but no contact is marked as guardian. Add the guardian as a contact and tick &apos;Guardian&apos;.</source>
        <translation>ការយល់ព្រមនេះត្រូវបានផ្តល់ដោយអាណាព្យាបាល ប៉ុន្តែគ្មានអ្នកទំនាក់ទំនងណាត្រូវបានកំណត់ជាអាណាព្យាបាលទេ។ សូមបន្ថែមអាណាព្យាបាលជាអ្នកទំនាក់ទំនង ហើយធីក «អាណាព្យាបាល»។</translation>
    </message>
    <message>
        <source>Enter the contact&apos;s name.</source>
        <translation>សូមបញ្ចូលឈ្មោះអ្នកទំនាក់ទំនង។</translation>
    </message>
    <message>
        <source>Enter how the contact is related to the resident (for example mother, uncle, village chief).</source>
        <translation>សូមបញ្ចូលថាអ្នកទំនាក់ទំនងនេះត្រូវជាអ្វីនឹងអ្នកស្នាក់នៅ (ឧទាហរណ៍ ម្តាយ ពូ មេភូមិ)។</translation>
    </message>
    <message>
        <source>The phone number may contain only digits, spaces and + - ( ). Write other details in the notes.</source>
        <translation>លេខទូរសព្ទអាចមានតែលេខ ដកឃ្លា និង + - ( ) ប៉ុណ្ណោះ។ សូមសរសេរព័ត៌មានផ្សេងទៀតក្នុងកំណត់ចំណាំ។</translation>
    </message>
    <message>
        <source>The chosen counselor is not an active counselor account. Choose a counselor from the list.</source>
        <translation>អ្នកប្រឹក្សាដែលបានជ្រើសរើស មិនមែនជាគណនីអ្នកប្រឹក្សាសកម្មទេ។ សូមជ្រើសរើសអ្នកប្រឹក្សាពីបញ្ជី។</translation>
    </message>
    <message>
        <source>Choose the resident&apos;s sex from the list.</source>
        <translation>សូមជ្រើសរើសភេទរបស់អ្នកស្នាក់នៅពីបញ្ជី។</translation>
    </message>
</context>
<context>
    <name>IntakeWizard</name>
    <message>
        <source>Discard this intake?</source>
        <translation>បោះបង់ការទទួលចូលនេះឬ?</translation>
    </message>
    <message>
        <source>Nothing has been saved yet. Close the intake and discard what was typed?</source>
        <translation>មិនទាន់មានអ្វីត្រូវបានរក្សាទុកនៅឡើយទេ។ បិទការទទួលចូល ហើយបោះបង់អ្វីដែលបានវាយឬ?</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>អត្តសញ្ញាណ</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>ទីកន្លែងដើម</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>ការបញ្ជូន</translation>
    </message>
    <message>
        <source>Legal case</source>
        <translation>រឿងក្តី</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>សុខភាព</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>ការយល់ព្រម</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>អ្នកទំនាក់ទំនង</translation>
    </message>
    <message>
        <source>Case assignment</source>
        <translation>ការទទួលបន្ទុកករណី</translation>
    </message>
    <message>
        <source>Already known?</source>
        <translation>ធ្លាប់មានហើយឬ?</translation>
    </message>
    <message>
        <source>Check and save</source>
        <translation>ពិនិត្យ និងរក្សាទុក</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>លេខករណី</translation>
    </message>
    <message>
        <source>New resident – intake</source>
        <translation>អ្នកស្នាក់នៅថ្មី – ការទទួលចូល</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; ថយក្រោយ (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>បន្ទាប់ (&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>រក្សាទុក (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>បញ្ចប់ (&amp;F)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>បោះបង់</translation>
    </message>
</context>
<context>
    <name>IntegrityPanel</name>
    <message>
        <source>Checking the database and the audit log…</source>
        <translation>កំពុងពិនិត្យមូលដ្ឋានទិន្នន័យ និងកំណត់ត្រាសវនកម្ម…</translation>
    </message>
    <message>
        <source>The database and the audit log are intact ({n} audit events checked).</source>
        <translation>មូលដ្ឋានទិន្នន័យ និងកំណត់ត្រាសវនកម្មនៅល្អដដែល (បានពិនិត្យព្រឹត្តិការណ៍សវនកម្ម {n})។</translation>
    </message>
    <message>
        <source>Problems were found:</source>
        <translation>បានរកឃើញបញ្ហា៖</translation>
    </message>
    <message>
        <source>What to do: do not enter anything else now. Restore the latest backup: shelter-desktop restore --from FILE, and tell the organisation&apos;s management.</source>
        <translation>អ្វីដែលត្រូវធ្វើ៖ កុំបញ្ចូលអ្វីផ្សេងទៀតនៅពេលនេះ។ ស្ដារការបម្រុងទុកចុងក្រោយបំផុត៖ shelter-desktop restore --from FILE ហើយប្រាប់ថ្នាក់ដឹកនាំរបស់អង្គការ។</translation>
    </message>
    <message>
        <source>The database file is damaged:</source>
        <translation>ឯកសារមូលដ្ឋានទិន្នន័យខូចខាត៖</translation>
    </message>
    <message>
        <source>The audit log has been changed or damaged:</source>
        <translation>កំណត់ត្រាសវនកម្មត្រូវបានកែប្រែ ឬខូចខាត៖</translation>
    </message>
    <message>
        <source>Checked at {time}.</source>
        <translation>បានពិនិត្យនៅ {time}។</translation>
    </message>
    <message>
        <source>Checks every page of the encrypted database, its structure and links, and that no event in the audit log was changed, removed or reordered. On a large database this takes a minute.</source>
        <translation>ពិនិត្យគ្រប់ទំព័រនៃមូលដ្ឋានទិន្នន័យដែលបានអ៊ិនគ្រីប រចនាសម្ព័ន្ធ និងតំណភ្ជាប់របស់វា ហើយពិនិត្យថាគ្មានព្រឹត្តិការណ៍ណាមួយក្នុងកំណត់ត្រាសវនកម្មត្រូវបានកែប្រែ លុប ឬប្ដូរលំដាប់ទេ។ សម្រាប់មូលដ្ឋានទិន្នន័យធំ វាចំណាយពេលប្រហែលមួយនាទី។</translation>
    </message>
    <message>
        <source>Check the database</source>
        <translation>ពិនិត្យមូលដ្ឋានទិន្នន័យ</translation>
    </message>
</context>
<context>
    <name>KeyChange</name>
    <message>
        <source>Making a verified backup with the old key…</source>
        <translation>កំពុងធ្វើការបម្រុងទុក និងផ្ទៀងផ្ទាត់ ដោយប្រើកូនសោចាស់…</translation>
    </message>
    <message>
        <source>Keeping the new key safe…</source>
        <translation>កំពុងរក្សាទុកកូនសោថ្មីដោយសុវត្ថិភាព…</translation>
    </message>
    <message>
        <source>Writing a copy of the database with the new key…</source>
        <translation>កំពុងសរសេរច្បាប់ចម្លងនៃមូលដ្ឋានទិន្នន័យ ដោយប្រើកូនសោថ្មី…</translation>
    </message>
    <message>
        <source>Checking the new copy…</source>
        <translation>កំពុងពិនិត្យច្បាប់ចម្លងថ្មី…</translation>
    </message>
    <message>
        <source>Putting the new copy in place…</source>
        <translation>កំពុងដាក់ច្បាប់ចម្លងថ្មីជំនួសឯកសារចាស់…</translation>
    </message>
    <message>
        <source>Forgetting the old key…</source>
        <translation>កំពុងលុបកូនសោចាស់ចោល…</translation>
    </message>
    <message>
        <source>The database key was changed.</source>
        <translation>កូនសោមូលដ្ឋានទិន្នន័យត្រូវបានប្តូរហើយ។</translation>
    </message>
    <message>
        <source>A database key change was interrupted after the new key was put in place. It was finished now: the NEW recovery key opens the database, the old one no longer does.</source>
        <translation>ការប្តូរកូនសោមូលដ្ឋានទិន្នន័យត្រូវបានរំខាន ក្រោយពេលកូនសោថ្មីត្រូវបានដាក់ឱ្យប្រើរួច។ ឥឡូវវាត្រូវបានបញ្ចប់ហើយ៖ កូនសោសង្គ្រោះថ្មីបើកមូលដ្ឋានទិន្នន័យបាន រីឯកូនសោចាស់លែងបើកបានទៀតហើយ។</translation>
    </message>
    <message>
        <source>A database key change was interrupted before the new key was put in place. Nothing was changed: the OLD recovery key still opens the database. A new recovery key written down during that attempt was never used; cross it out.</source>
        <translation>ការប្តូរកូនសោមូលដ្ឋានទិន្នន័យត្រូវបានរំខាន មុនពេលកូនសោថ្មីត្រូវបានដាក់ឱ្យប្រើ។ គ្មានអ្វីត្រូវបានផ្លាស់ប្តូរទេ៖ កូនសោសង្គ្រោះចាស់នៅតែបើកមូលដ្ឋានទិន្នន័យបាន។ កូនសោសង្គ្រោះថ្មីដែលបានសរសេរទុកក្នុងពេលព្យាយាមនោះ មិនដែលត្រូវបានប្រើទេ៖ សូមគូសវាចោល។</translation>
    </message>
    <message>
        <source>Database key</source>
        <translation>កូនសោមូលដ្ឋានទិន្នន័យ</translation>
    </message>
</context>
<context>
    <name>KeyChangeDialog</name>
    <message>
        <source>Making a new key…</source>
        <translation>កំពុងបង្កើតកូនសោថ្មី…</translation>
    </message>
    <message>
        <source>Changing the database key…</source>
        <translation>កំពុងប្តូរកូនសោមូលដ្ឋានទិន្នន័យ…</translation>
    </message>
    <message>
        <source>Save the recovery sheet</source>
        <translation>រក្សាទុកសន្លឹកកូនសោសង្គ្រោះ</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ឯកសារ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saving the recovery sheet…</source>
        <translation>កំពុងរក្សាទុកសន្លឹកកូនសោសង្គ្រោះ…</translation>
    </message>
    <message>
        <source>Change the database key</source>
        <translation>ប្តូរកូនសោមូលដ្ឋានទិន្នន័យ</translation>
    </message>
    <message>
        <source>The database key locks every case file on this computer. Change it when the recovery sheet was lost or seen by someone who should not have it, or when a person who knew the recovery key has left.

What happens:
1. A backup is made and checked first.
2. A new recovery key is shown. Write it down or print its recovery sheet before you go on.
3. The database is copied with the new key, the copy is checked, and only then does it replace the old file. If the computer stops in the middle, the next start finishes or undoes the change: the records always open with one of the two keys.
4. From then on the OLD recovery key no longer opens the database.

Nobody else should use Shelter Desktop during the change (a minute or less).</source>
        <translation>កូនសោមូលដ្ឋានទិន្នន័យ ចាក់សោឯកសារករណីទាំងអស់នៅលើកុំព្យូទ័រនេះ។ សូមប្តូរវា នៅពេលសន្លឹកកូនសោសង្គ្រោះបាត់ ឬត្រូវបានអ្នកដែលមិនគួរមានវាបានឃើញ ឬនៅពេលអ្នកដែលដឹងកូនសោសង្គ្រោះបានចាកចេញ។

អ្វីដែលនឹងកើតឡើង៖
1. ការបម្រុងទុកត្រូវបានធ្វើ និងពិនិត្យជាមុនសិន។
2. កូនសោសង្គ្រោះថ្មីត្រូវបានបង្ហាញ។ សូមសរសេរវាទុក ឬបោះពុម្ពសន្លឹកកូនសោសង្គ្រោះរបស់វា មុននឹងបន្ត។
3. មូលដ្ឋានទិន្នន័យត្រូវបានចម្លងដោយប្រើកូនសោថ្មី ច្បាប់ចម្លងត្រូវបានពិនិត្យ ហើយទើបវាជំនួសឯកសារចាស់។ ប្រសិនបើកុំព្យូទ័រឈប់នៅពាក់កណ្តាលផ្លូវ ការបើកលើកក្រោយនឹងបញ្ចប់ ឬលុបចោលការប្តូរនោះ៖ កំណត់ត្រាតែងតែបើកបានដោយកូនសោមួយក្នុងចំណោមកូនសោទាំងពីរ។
4. ចាប់ពីពេលនោះតទៅ កូនសោសង្គ្រោះចាស់លែងបើកមូលដ្ឋានទិន្នន័យបានទៀតហើយ។

មិនគួរមានអ្នកផ្សេងប្រើ Shelter Desktop ក្នុងពេលប្តូរនេះទេ (មួយនាទី ឬតិចជាងនេះ)។</translation>
    </message>
    <message>
        <source>Backups made before the change are not changed: they still open only with the OLD recovery key ({count} in the backup folder now, and any on USB sticks). Keep the old recovery sheet with them, or destroy the old sheet and those backups together once newer backups exist.</source>
        <translation>ការបម្រុងទុកដែលបានធ្វើមុនការប្តូរ មិនត្រូវបានផ្លាស់ប្តូរទេ៖ វានៅតែបើកបានតែដោយកូនសោសង្គ្រោះចាស់ប៉ុណ្ណោះ (ឥឡូវមាន {count} ក្នុងថតបម្រុងទុក ព្រមទាំងការបម្រុងទុកណាដែលនៅលើ USB)។ សូមរក្សាសន្លឹកកូនសោសង្គ្រោះចាស់ទុកជាមួយវា ឬបំផ្លាញសន្លឹកចាស់ និងការបម្រុងទុកទាំងនោះព្រមគ្នា នៅពេលមានការបម្រុងទុកថ្មីៗហើយ។</translation>
    </message>
    <message>
        <source>Make a new key</source>
        <translation>បង្កើតកូនសោថ្មី</translation>
    </message>
    <message>
        <source>Change the key now</source>
        <translation>ប្តូរកូនសោឥឡូវនេះ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>បិទ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>បោះបង់</translation>
    </message>
    <message>
        <source>The NEW recovery key. Write it down or print the sheet now. Whoever has it, and the database file, can read every case file: keep it locked away.</source>
        <translation>កូនសោសង្គ្រោះថ្មី។ សូមសរសេរវាទុក ឬបោះពុម្ពសន្លឹករបស់វាឥឡូវនេះ។ អ្នកណាដែលមានកូនសោនេះ និងឯកសារមូលដ្ឋានទិន្នន័យ អាចអានឯកសារករណីទាំងអស់បាន៖ សូមរក្សាវាទុកក្នុងកន្លែងចាក់សោ។</translation>
    </message>
    <message>
        <source>&amp;Save recovery sheet (PDF)…</source>
        <translation>រក្សាទុកសន្លឹកកូនសោសង្គ្រោះ (PDF) (&amp;S)…</translation>
    </message>
    <message>
        <source>Recovery sheet saved to {path}</source>
        <translation>សន្លឹកកូនសោសង្គ្រោះត្រូវបានរក្សាទុកនៅ {path}</translation>
    </message>
    <message>
        <source>The change was cancelled. Nothing was changed: the old key and recovery key still work.</source>
        <translation>ការប្តូរត្រូវបានបោះបង់។ គ្មានអ្វីត្រូវបានផ្លាស់ប្តូរទេ៖ កូនសោចាស់ និងកូនសោសង្គ្រោះចាស់ នៅតែប្រើបាន។</translation>
    </message>
    <message>
        <source>I wrote down the new recovery key (or printed its sheet) and checked it.</source>
        <translation>ខ្ញុំបានសរសេរកូនសោសង្គ្រោះថ្មីទុក (ឬបានបោះពុម្ពសន្លឹករបស់វា) ហើយបានពិនិត្យវារួចហើយ។</translation>
    </message>
    <message>
        <source>This computer does not remember the database key: after the change, the NEW recovery key must be typed at every start. The old one will not work.</source>
        <translation>កុំព្យូទ័រនេះមិនចងចាំកូនសោមូលដ្ឋានទិន្នន័យទេ៖ ក្រោយពេលប្តូរ ត្រូវវាយកូនសោសង្គ្រោះថ្មីរាល់ពេលបើកកម្មវិធី។ កូនសោចាស់នឹងមិនដំណើរការទេ។</translation>
    </message>
    <message>
        <source>The database key was changed. The new recovery key (below) opens the database; the old one no longer does. The backup made just before, {name}, and every older backup open only with the OLD recovery key.</source>
        <translation>កូនសោមូលដ្ឋានទិន្នន័យត្រូវបានប្តូរហើយ។ កូនសោសង្គ្រោះថ្មី (ខាងក្រោម) បើកមូលដ្ឋានទិន្នន័យបាន រីឯកូនសោចាស់លែងបើកបានទៀតហើយ។ ការបម្រុងទុកដែលទើបធ្វើមុននេះ {name} និងការបម្រុងទុកចាស់ៗទាំងអស់ បើកបានតែដោយកូនសោសង្គ្រោះចាស់ប៉ុណ្ណោះ។</translation>
    </message>
    <message>
        <source>The new recovery key:</source>
        <translation>កូនសោសង្គ្រោះថ្មី៖</translation>
    </message>
</context>
<context>
    <name>KeyPage</name>
    <message>
        <source>The recovery key</source>
        <translation>កូនសោសង្គ្រោះ</translation>
    </message>
    <message>
        <source>The database was created. Its recovery key is shown only now.</source>
        <translation>មូលដ្ឋានទិន្នន័យត្រូវបានបង្កើតរួចហើយ។ កូនសោសង្គ្រោះរបស់វាបង្ហាញតែពេលនេះប៉ុណ្ណោះ។</translation>
    </message>
    <message>
        <source>Print the recovery sheet or write this key on paper now. It will never be shown again. Whoever has it, and the database file, can read every case file: keep the paper in a locked cabinet, away from this computer. Do not save it on this computer, send it by email or take a photo of it with a phone. Without it, the records cannot be opened on another computer, after this one is repaired, or from a backup.</source>
        <translation>សូមបោះពុម្ពសន្លឹកកូនសោសង្គ្រោះ ឬសរសេរកូនសោនេះលើក្រដាសឥឡូវនេះ។ វានឹងមិនត្រូវបានបង្ហាញម្តងទៀតទេ។ អ្នកណាដែលមានវា និងឯកសារមូលដ្ឋានទិន្នន័យ អាចអានសំណុំឯកសារទាំងអស់បាន៖ សូមទុកក្រដាសនោះក្នុងទូដែលចាក់សោ ឆ្ងាយពីកុំព្យូទ័រនេះ។ កុំរក្សាទុកវាលើកុំព្យូទ័រនេះ កុំផ្ញើវាតាមអ៊ីមែល ហើយកុំថតរូបវាដោយទូរស័ព្ទ។ បើគ្មានវាទេ កំណត់ត្រាទាំងអស់មិនអាចបើកបាននៅលើកុំព្យូទ័រផ្សេង ក្រោយពេលជួសជុលកុំព្យូទ័រនេះ ឬពីការបម្រុងទុកឡើយ។</translation>
    </message>
    <message>
        <source>The recovery sheet has this key and how to use it. Print it, then delete the PDF: do not leave it on this computer. Capital letters and digits only; the numbers above the groups are not part of the key.</source>
        <translation>សន្លឹកកូនសោសង្គ្រោះមានកូនសោនេះ និងរបៀបប្រើវា។ សូមបោះពុម្ពវា រួចលុបឯកសារ PDF ចោល៖ កុំទុកវានៅលើកុំព្យូទ័រនេះ។ កូនសោមានតែអក្សរធំ និងលេខប៉ុណ្ណោះ។ លេខនៅពីលើក្រុមនីមួយៗ មិនមែនជាផ្នែកនៃកូនសោទេ។</translation>
    </message>
    <message>
        <source>&amp;Save recovery sheet (PDF)…</source>
        <translation>រក្សាទុកសន្លឹកកូនសោសង្គ្រោះ (PDF) (&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>បោះពុម្ព (&amp;P)…</translation>
    </message>
    <message>
        <source>{reason}
This means the recovery key will be asked at every start of Shelter Desktop. Keep a copy where the people who open the application can get it, locked away.</source>
        <translation>{reason}
មានន័យថា Shelter Desktop នឹងសុំកូនសោសង្គ្រោះរាល់ពេលបើក។ សូមរក្សាច្បាប់ចម្លងមួយក្នុងកន្លែងចាក់សោ ដែលអ្នកបើកកម្មវិធីអាចយកបាន។</translation>
    </message>
    <message>
        <source>Recovery sheet saved to {path}</source>
        <translation>បានរក្សាទុកសន្លឹកកូនសោសង្គ្រោះនៅ {path}</translation>
    </message>
    <message>
        <source>Save the recovery sheet</source>
        <translation>រក្សាទុកសន្លឹកកូនសោសង្គ្រោះ</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ឯកសារ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saving the recovery sheet…</source>
        <translation>កំពុងរក្សាទុកសន្លឹកកូនសោសង្គ្រោះ…</translation>
    </message>
    <message>
        <source>Shelter Desktop – recovery key</source>
        <translation>Shelter Desktop – កូនសោសង្គ្រោះ</translation>
    </message>
    <message>
        <source>Printed on {day}</source>
        <translation>បោះពុម្ពនៅថ្ងៃ {day}</translation>
    </message>
    <message>
        <source>Database id: {id}</source>
        <translation>លេខសម្គាល់មូលដ្ឋានទិន្នន័យ៖ {id}</translation>
    </message>
    <message>
        <source>To open the database on another computer: install Shelter Desktop, copy the data folder, start it and type this key when asked.</source>
        <translation>ដើម្បីបើកមូលដ្ឋានទិន្នន័យនៅលើកុំព្យូទ័រផ្សេង៖ ដំឡើង Shelter Desktop ចម្លងថតទិន្នន័យ បើកកម្មវិធី ហើយវាយកូនសោនេះនៅពេលវាសួរ។</translation>
    </message>
    <message>
        <source>Print the recovery key</source>
        <translation>បោះពុម្ពកូនសោសង្គ្រោះ</translation>
    </message>
</context>
<context>
    <name>LegalPage</name>
    <message>
        <source>Legal case</source>
        <translation>រឿងក្តី</translation>
    </message>
    <message>
        <source>A complaint or court case about what happened, if there is one.</source>
        <translation>ពាក្យបណ្តឹង ឬរឿងក្តីនៅតុលាការ អំពីអ្វីដែលបានកើតឡើង ប្រសិនបើមាន។</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>ស្ថានភាព (&amp;S)៖</translation>
    </message>
    <message>
        <source>C&amp;ourt:</source>
        <translation>តុលាការ (&amp;O)៖</translation>
    </message>
    <message>
        <source>Court &amp;case number:</source>
        <translation>លេខសំណុំរឿងតុលាការ (&amp;C)៖</translation>
    </message>
    <message>
        <source>e.g. Phnom Penh Municipal Court</source>
        <translation>ឧ. សាលាដំបូងរាជធានីភ្នំពេញ</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Checking the password…</source>
        <translation>កំពុងពិនិត្យពាក្យសម្ងាត់…</translation>
    </message>
    <message>
        <source>Screen locked</source>
        <translation>អេក្រង់ត្រូវបានចាក់សោ</translation>
    </message>
    <message>
        <source>Signed in: {name} ({role})</source>
        <translation>អ្នកចូលប្រើ៖ {name} ({role})</translation>
    </message>
    <message>
        <source>The screen was locked to keep residents&apos; information private. Type your password to continue where you left off.</source>
        <translation>អេក្រង់ត្រូវបានចាក់សោ ដើម្បីរក្សាព័ត៌មានរបស់អ្នកស្នាក់នៅជាការសម្ងាត់។ សូមវាយពាក្យសម្ងាត់របស់អ្នក ដើម្បីបន្តការងារដែលអ្នកកំពុងធ្វើ។</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>ពាក្យសម្ងាត់ (&amp;P)៖</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>ដោះសោ (&amp;U)</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>ចាកចេញ (&amp;O)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Signing out…</source>
        <translation>កំពុងចាកចេញ…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ភាសា</translation>
    </message>
    <message>
        <source>The {language} translation is missing from this installation, so the language was not changed. Reinstall the application to get it back.</source>
        <translation>ការបកប្រែភាសា {language} មិនមាននៅក្នុងកម្មវិធីដែលបានដំឡើងនេះទេ ដូច្នេះភាសាមិនត្រូវបានប្តូរទេ។ សូមដំឡើងកម្មវិធីឡើងវិញ ដើម្បីយកវាមកវិញ។</translation>
    </message>
    <message>
        <source>Shelter Desktop</source>
        <translation>Shelter Desktop</translation>
    </message>
    <message>
        <source>{shelter} — {app}</source>
        <translation>{shelter} — {app}</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>វគ្គប្រើប្រាស់ (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>ទៅកាន់ (&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>ភាសា (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ជំនួយ (&amp;H)</translation>
    </message>
    <message>
        <source>Help for this &amp;screen</source>
        <translation>ជំនួយសម្រាប់អេក្រង់នេះ (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;About Shelter Desktop</source>
        <translation>អំពី Shelter Desktop (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Find a resident…</source>
        <translation>ស្វែងរកអ្នកស្នាក់នៅ (&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>ចាក់សោឥឡូវនេះ (&amp;L)</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>ចាកចេញ (&amp;O)</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>ទំព័រដើម</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>អ្នកស្នាក់នៅ</translation>
    </message>
    <message>
        <source>Due work</source>
        <translation>ការងារត្រូវធ្វើ</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>របាយការណ៍</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>ការគ្រប់គ្រងប្រព័ន្ធ</translation>
    </message>
    <message>
        <source>{name} · {role}</source>
        <translation>{name} · {role}</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>ចាក់សោ</translation>
    </message>
    <message>
        <source>Lock the screen now (Ctrl+L)</source>
        <translation>ចាក់សោអេក្រង់ឥឡូវនេះ (Ctrl+L)</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>ចាកចេញ</translation>
    </message>
</context>
<context>
    <name>MilestoneDialog</name>
    <message>
        <source>Add milestone</source>
        <translation>បន្ថែមសមិទ្ធផល</translation>
    </message>
    <message>
        <source>A step she reached in her {trade} training.</source>
        <translation>ជំហានមួយដែលនាងសម្រេចបាន ក្នុងវគ្គបណ្តុះបណ្តាល {trade}។</translation>
    </message>
    <message>
        <source>Reached on:</source>
        <translation>សម្រេចបាននៅថ្ងៃ៖</translation>
    </message>
    <message>
        <source>Milestone:</source>
        <translation>សមិទ្ធផល៖</translation>
    </message>
    <message>
        <source>e.g. Sewed a shirt on her own; passed the practical test</source>
        <translation>ឧ. ដេរអាវមួយដោយខ្លួនឯង ប្រឡងជាប់ការអនុវត្ត</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>{count} of at most {limit} characters</source>
        <translation>{count} ក្នុងចំណោមយ៉ាងច្រើន {limit} តួអក្សរ</translation>
    </message>
    <message>
        <source>Saving the note…</source>
        <translation>កំពុងរក្សាទុកកំណត់ចំណាំ…</translation>
    </message>
    <message>
        <source>Sign this note?</source>
        <translation>ចុះហត្ថលេខាលើកំណត់ចំណាំនេះឬ?</translation>
    </message>
    <message>
        <source>After signing, the note cannot be changed; corrections are added as addenda.</source>
        <translation>បន្ទាប់ពីចុះហត្ថលេខា កំណត់ចំណាំមិនអាចកែប្រែបានទៀតទេ។ ការកែតម្រូវត្រូវបន្ថែមជាសេចក្តីបន្ថែម។</translation>
    </message>
    <message>
        <source>Discard this draft?</source>
        <translation>បោះបង់សេចក្តីព្រាងនេះឬ?</translation>
    </message>
    <message>
        <source>The draft and everything typed in it will be deleted.</source>
        <translation>សេចក្តីព្រាង និងអ្វីៗទាំងអស់ដែលបានវាយក្នុងនោះ នឹងត្រូវលុប។</translation>
    </message>
    <message>
        <source>Signing the note…</source>
        <translation>កំពុងចុះហត្ថលេខាលើកំណត់ចំណាំ…</translation>
    </message>
    <message>
        <source>Sign the note</source>
        <translation>ចុះហត្ថលេខាលើកំណត់ចំណាំ</translation>
    </message>
    <message>
        <source>Discard the draft</source>
        <translation>បោះបង់សេចក្តីព្រាង</translation>
    </message>
    <message>
        <source>Discarding the draft…</source>
        <translation>កំពុងបោះបង់សេចក្តីព្រាង…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>កំពុងរក្សាទុក…</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>មិនបានរក្សាទុក</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>ការកែប្រែមិនទាន់រក្សាទុក</translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation>បានរក្សាទុកនៅ {time}</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>មិនទាន់រក្សាទុក</translation>
    </message>
    <message>
        <source>New counseling note</source>
        <translation>កំណត់ចំណាំប្រឹក្សាថ្មី</translation>
    </message>
    <message>
        <source>Counseling note</source>
        <translation>កំណត់ចំណាំប្រឹក្សា</translation>
    </message>
    <message>
        <source>Session &amp;date</source>
        <translation>កាលបរិច្ឆេទវគ្គប្រឹក្សា (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>ប្រភេទ (&amp;T)</translation>
    </message>
    <message>
        <source>D&amp;uration</source>
        <translation>រយៈពេល (&amp;U)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> នាទី</translation>
    </message>
    <message>
        <source>&amp;Presenting issues</source>
        <translation>បញ្ហាដែលលើកឡើង (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Observations</source>
        <translation>ការសង្កេត (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Interventions</source>
        <translation>អន្តរាគមន៍ (&amp;I)</translation>
    </message>
    <message>
        <source>P&amp;lan</source>
        <translation>ផែនការ (&amp;L)</translation>
    </message>
    <message>
        <source>Risk flags:</source>
        <translation>សញ្ញាហានិភ័យ៖</translation>
    </message>
    <message>
        <source>Who may read it:</source>
        <translation>អ្នកដែលអាចអាន៖</translation>
    </message>
    <message>
        <source>Discard draft…</source>
        <translation>បោះបង់សេចក្តីព្រាង…</translation>
    </message>
    <message>
        <source>Save now</source>
        <translation>រក្សាទុកឥឡូវនេះ</translation>
    </message>
    <message>
        <source>Drafts also save themselves every few seconds (Ctrl+S)</source>
        <translation>សេចក្តីព្រាងក៏រក្សាទុកដោយស្វ័យប្រវត្តិរៀងរាល់ប៉ុន្មានវិនាទីម្តងដែរ (Ctrl+S)</translation>
    </message>
    <message>
        <source>Sign…</source>
        <translation>ចុះហត្ថលេខា…</translation>
    </message>
</context>
<context>
    <name>NoteViewer</name>
    <message>
        <source>Session date</source>
        <translation>កាលបរិច្ឆេទវគ្គប្រឹក្សា</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>ប្រភេទ</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>រយៈពេល</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} នាទី</translation>
    </message>
    <message>
        <source>Counselor</source>
        <translation>អ្នកប្រឹក្សា</translation>
    </message>
    <message>
        <source>Who may read it</source>
        <translation>អ្នកដែលអាចអាន</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>បានចុះហត្ថលេខា</translation>
    </message>
    <message>
        <source>Not signed yet</source>
        <translation>មិនទាន់ចុះហត្ថលេខា</translation>
    </message>
    <message>
        <source>Presenting issues</source>
        <translation>បញ្ហាដែលលើកឡើង</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>ការសង្កេត</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>អន្តរាគមន៍</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>ផែនការ</translation>
    </message>
    <message>
        <source>{name}, {when}</source>
        <translation>{name}, {when}</translation>
    </message>
    <message>
        <source>Add addendum…</source>
        <translation>បន្ថែមសេចក្តីបន្ថែម…</translation>
    </message>
</context>
<context>
    <name>Notes</name>
    <message>
        <source>Individual</source>
        <translation>បុគ្គល</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>ក្រុម</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>គ្រួសារ</translation>
    </message>
    <message>
        <source>Crisis</source>
        <translation>វិបត្តិ</translation>
    </message>
    <message>
        <source>Counselors only</source>
        <translation>តែអ្នកប្រឹក្សា</translation>
    </message>
    <message>
        <source>Whole case team</source>
        <translation>ក្រុមករណីទាំងមូល</translation>
    </message>
</context>
<context>
    <name>OpRunner</name>
    <message>
        <source>Cancel</source>
        <translation>បោះបង់</translation>
    </message>
</context>
<context>
    <name>OriginPage</name>
    <message>
        <source>Where is the resident from?</source>
        <translation>តើអ្នកស្នាក់នៅមកពីណា?</translation>
    </message>
    <message>
        <source>The home village, for family tracing and reintegration later.</source>
        <translation>ភូមិកំណើត សម្រាប់ការស្វែងរកគ្រួសារ និងការធ្វើសមាហរណកម្មនៅពេលក្រោយ។</translation>
    </message>
    <message>
        <source>Place of origin in Cambodia</source>
        <translation>ទីកន្លែងដើមនៅកម្ពុជា</translation>
    </message>
    <message>
        <source>Type part of a name in Khmer or English and pick it from the list. Leave the lower levels empty if they are not known.</source>
        <translation>សូមវាយផ្នែកមួយនៃឈ្មោះ ជាភាសាខ្មែរ ឬអង់គ្លេស ហើយជ្រើសរើសវាពីបញ្ជី។ ទុកកម្រិតខាងក្រោមឱ្យនៅទទេ ប្រសិនបើមិនដឹង។</translation>
    </message>
    <message>
        <source>&amp;Taken to (country):</source>
        <translation>ត្រូវគេនាំទៅប្រទេស (&amp;T)៖</translation>
    </message>
    <message>
        <source>Thailand</source>
        <translation>ថៃ</translation>
    </message>
    <message>
        <source>Malaysia</source>
        <translation>ម៉ាឡេស៊ី</translation>
    </message>
    <message>
        <source>China</source>
        <translation>ចិន</translation>
    </message>
    <message>
        <source>Vietnam</source>
        <translation>វៀតណាម</translation>
    </message>
    <message>
        <source>Indonesia</source>
        <translation>ឥណ្ឌូណេស៊ី</translation>
    </message>
    <message>
        <source>South Korea</source>
        <translation>កូរ៉េខាងត្បូង</translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation>សិង្ហបុរី</translation>
    </message>
    <message>
        <source>Saudi Arabia</source>
        <translation>អារ៉ាប៊ីសាអូឌីត</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>ជប៉ុន</translation>
    </message>
    <message>
        <source>Taiwan</source>
        <translation>តៃវ៉ាន់</translation>
    </message>
    <message>
        <source>Another country</source>
        <translation>ប្រទេសផ្សេងទៀត</translation>
    </message>
    <message>
        <source>Not taken abroad</source>
        <translation>មិនត្រូវបាននាំទៅក្រៅប្រទេស</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Risk: {flags} — noted on {date}</source>
        <translation>ហានិភ័យ៖ {flags} — កត់ត្រានៅ {date}</translation>
    </message>
    <message>
        <source>Risk: {flags} — noted on {date} (note not signed yet)</source>
        <translation>ហានិភ័យ៖ {flags} — កត់ត្រានៅ {date} (កំណត់ចំណាំមិនទាន់ចុះហត្ថលេខា)</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>អ្នកទំនាក់ទំនង</translation>
    </message>
    <message>
        <source>No contact: {relation} — do not plan contact</source>
        <translation>មិនត្រូវឱ្យទាក់ទង៖ {relation} — កុំរៀបចំការជួប ឬទាក់ទង</translation>
    </message>
    <message>
        <source>Suspected involvement: {relation} — do not plan contact</source>
        <translation>សង្ស័យថាពាក់ព័ន្ធ៖ {relation} — កុំរៀបចំការជួប ឬទាក់ទង</translation>
    </message>
    <message>
        <source>{flag}: {relation}</source>
        <translation>{flag}៖ {relation}</translation>
    </message>
    <message>
        <source>{work} — overdue since {date}</source>
        <translation>{work} — ហួសកំណត់តាំងពី {date}</translation>
    </message>
    <message>
        <source>{work} — due {date}</source>
        <translation>{work} — ត្រូវធ្វើនៅ {date}</translation>
    </message>
    <message>
        <source>Part of this overview could not be loaded: {reason}</source>
        <translation>មិនអាចផ្ទុកផ្នែកខ្លះនៃទិដ្ឋភាពទូទៅនេះបានទេ៖ {reason}</translation>
    </message>
    <message>
        <source>No alerts for this resident.</source>
        <translation>មិនមានការជូនដំណឹងសម្រាប់អ្នកស្នាក់នៅនេះទេ។</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>លេខករណី</translation>
    </message>
    <message>
        <source>Khmer name</source>
        <translation>ឈ្មោះខ្មែរ</translation>
    </message>
    <message>
        <source>Latin name</source>
        <translation>ឈ្មោះឡាតាំង</translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation>ឈ្មោះហៅក្រៅ</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>ភេទ</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>អាយុ</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>សញ្ជាតិ</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>ភាសា</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ស្ថានភាព</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>កម្រិតហានិភ័យ</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>ថ្ងៃចូលមណ្ឌល</translation>
    </message>
    <message>
        <source>Left the shelter</source>
        <translation>ថ្ងៃចាកចេញពីមណ្ឌល</translation>
    </message>
    <message>
        <source>Counselor</source>
        <translation>អ្នកប្រឹក្សា</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>មិនទាន់កំណត់</translation>
    </message>
    <message>
        <source>MoSVY number</source>
        <translation>លេខក្រសួងសង្គមកិច្ច (MoSVY)</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>ខេត្ត ឬរាជធានី</translation>
    </message>
    <message>
        <source>District</source>
        <translation>ស្រុក ឬខណ្ឌ</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>ឃុំ ឬសង្កាត់</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>ភូមិ</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>បញ្ជូនដោយ</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>មិនបានកត់ត្រា</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>អង្គការ</translation>
    </message>
    <message>
        <source>Referral contact</source>
        <translation>អ្នកទំនាក់ទំនងពេលបញ្ជូន</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>មូលហេតុ</translation>
    </message>
    <message>
        <source>Exploitation</source>
        <translation>ការកេងប្រវ័ញ្ច</translation>
    </message>
    <message>
        <source>Destination country</source>
        <translation>ប្រទេសគោលដៅ</translation>
    </message>
    <message>
        <source>Legal case</source>
        <translation>រឿងក្តី</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>តុលាការ</translation>
    </message>
    <message>
        <source>Court case number</source>
        <translation>លេខសំណុំរឿងតុលាការ</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>អត្តសញ្ញាណ</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>ករណី</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>ទីកន្លែងដើម</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>ការបញ្ជូន</translation>
    </message>
    <message>
        <source>Exploitation and legal case</source>
        <translation>ការកេងប្រវ័ញ្ច និងរឿងក្តី</translation>
    </message>
    <message>
        <source>Health on intake</source>
        <translation>សុខភាពពេលចូលមណ្ឌល</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>មិនដឹង</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>អវិជ្ជមាន</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>វិជ្ជមាន</translation>
    </message>
    <message>
        <source>Not disclosed</source>
        <translation>មិនបានប្រាប់</translation>
    </message>
    <message>
        <source>HIV status</source>
        <translation>ស្ថានភាពមេរោគអេដស៍ (HIV)</translation>
    </message>
    <message>
        <source>Pregnant</source>
        <translation>មានផ្ទៃពោះ</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>មែន</translation>
    </message>
    <message>
        <source>No</source>
        <translation>ទេ</translation>
    </message>
    <message>
        <source>Health notes</source>
        <translation>កំណត់ចំណាំសុខភាព</translation>
    </message>
    <message>
        <source>{age} years</source>
        <translation>{age} ឆ្នាំ</translation>
    </message>
    <message>
        <source>about {age} years (born around {year})</source>
        <translation>ប្រហែល {age} ឆ្នាំ (កើតប្រហែលឆ្នាំ {year})</translation>
    </message>
    <message>
        <source>{age} years (born {date})</source>
        <translation>{age} ឆ្នាំ (កើតថ្ងៃ {date})</translation>
    </message>
    <message>
        <source>Record departure…</source>
        <translation>កត់ត្រាការចាកចេញ…</translation>
    </message>
    <message>
        <source>She was transferred to another organisation or left without notice</source>
        <translation>នាងត្រូវបានផ្ទេរទៅអង្គការផ្សេង ឬបានចាកចេញដោយមិនជូនដំណឹង</translation>
    </message>
</context>
<context>
    <name>PasswordHint</name>
    <message>
        <source>At least {n} characters. A short sentence is easy to remember and hard to guess.</source>
        <translation>យ៉ាងហោចណាស់ {n} តួអក្សរ។ ឃ្លាខ្លីមួយងាយចងចាំ ហើយពិបាកទាយ។</translation>
    </message>
    <message>
        <source>Too short or too simple: use at least {n} characters, not all the same.</source>
        <translation>ខ្លីពេក ឬងាយពេក៖ សូមប្រើយ៉ាងហោចណាស់ {n} តួអក្សរ ដែលមិនដូចគ្នាទាំងអស់។</translation>
    </message>
    <message>
        <source>Weak: longer is better, for example a short sentence.</source>
        <translation>ខ្សោយ៖ វែងជាងនេះកាន់តែល្អ ឧទាហរណ៍ ឃ្លាខ្លីមួយ។</translation>
    </message>
    <message>
        <source>Fair: good enough, longer is still better.</source>
        <translation>មធ្យម៖ ល្អគ្រប់គ្រាន់ ប៉ុន្តែវែងជាងនេះនៅតែល្អជាង។</translation>
    </message>
    <message>
        <source>Strong password.</source>
        <translation>ពាក្យសម្ងាត់រឹងមាំ។</translation>
    </message>
</context>
<context>
    <name>PdfOutputDialog</name>
    <message>
        <source>Print or save</source>
        <translation>បោះពុម្ព ឬរក្សាទុក</translation>
    </message>
    <message>
        <source>The document is ready: {pages} pages.</source>
        <translation>ឯកសាររួចរាល់ហើយ៖ {pages} ទំព័រ។</translation>
    </message>
    <message>
        <source>The document is ready: 1 page.</source>
        <translation>ឯកសាររួចរាល់ហើយ៖ 1 ទំព័រ។</translation>
    </message>
    <message>
        <source>A saved PDF is not encrypted and holds residents&apos; personal data. Keep it in a safe place, do not e-mail it, and delete it when it is no longer needed.</source>
        <translation>ឯកសារ PDF ដែលបានរក្សាទុក មិនត្រូវបានអ៊ិនគ្រីបទេ ហើយមានទិន្នន័យផ្ទាល់ខ្លួនរបស់អ្នកស្នាក់នៅ។ សូមរក្សាវាទុកក្នុងកន្លែងមានសុវត្ថិភាព កុំផ្ញើវាតាមអ៊ីមែល ហើយលុបវាចោល នៅពេលលែងត្រូវការ។</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>បោះពុម្ព…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>រក្សាទុកជា PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>បិទ</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>បោះពុម្ព</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>រក្សាទុកជា PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>ឯកសារ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be saved in {folder}. Check that the folder (or USB stick) is still there and not full, or choose another place.</source>
        <translation>មិនអាចរក្សាទុកឯកសារ PDF នៅក្នុង {folder} បានទេ។ សូមពិនិត្យថាថតនោះ (ឬ USB) នៅតែមាន ហើយមិនពេញ ឬជ្រើសរើសកន្លែងផ្សេង។</translation>
    </message>
</context>
<context>
    <name>PdfPane</name>
    <message>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>ទំព័រមុន</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>ទំព័របន្ទាប់</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>ទំព័រ</translation>
    </message>
    <message>
        <source>of {count}</source>
        <translation>នៃ {count}</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>ឱ្យត្រូវនឹងទទឹង</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>ទំព័រទាំងមូល</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>បង្រួម</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>បង្រួម (Ctrl+-)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>ពង្រីក</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>ពង្រីក (Ctrl++)</translation>
    </message>
</context>
<context>
    <name>PlacementDialog</name>
    <message>
        <source>Record job placement</source>
        <translation>កត់ត្រាការងារ</translation>
    </message>
    <message>
        <source>The job she started after her {trade} training. To remove a placement recorded by mistake, clear all three fields.</source>
        <translation>ការងារដែលនាងបានចាប់ផ្តើម បន្ទាប់ពីវគ្គបណ្តុះបណ្តាល {trade}។ ដើម្បីលុបការងារដែលបានកត់ត្រាខុស សូមសម្អាតប្រអប់ទាំងបី។</translation>
    </message>
    <message>
        <source>The job she started after her {trade} training, and what it pays her each month if known.</source>
        <translation>ការងារដែលនាងបានចាប់ផ្តើម បន្ទាប់ពីវគ្គបណ្តុះបណ្តាល {trade} និងប្រាក់ដែលនាងទទួលបានក្នុងមួយខែ ប្រសិនបើដឹង។</translation>
    </message>
    <message>
        <source>Employer:</source>
        <translation>និយោជក៖</translation>
    </message>
    <message>
        <source>Job started on:</source>
        <translation>ចាប់ផ្តើមការងារនៅថ្ងៃ៖</translation>
    </message>
    <message>
        <source>Monthly income (US dollars):</source>
        <translation>ប្រាក់ចំណូលប្រចាំខែ (ដុល្លារអាមេរិក)៖</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>ដឹង</translation>
    </message>
    <message>
        <source>e.g. a tailor shop in Kandal, her own stall</source>
        <translation>ឧ. ហាងកាត់ដេរនៅកណ្តាល តូបលក់ដូររបស់នាងផ្ទាល់</translation>
    </message>
    <message>
        <source>Change placement</source>
        <translation>កែប្រែការដាក់ឱ្យរស់នៅ</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>ការដាក់ឱ្យរស់នៅ</translation>
    </message>
    <message>
        <source>Correct the placement. A new date moves every follow-up not made yet; visits already made are kept.</source>
        <translation>សូមកែព័ត៌មានការដាក់ឱ្យរស់នៅ។ កាលបរិច្ឆេទថ្មីនឹងផ្លាស់ប្តូរការតាមដានទាំងអស់ដែលមិនទាន់បានធ្វើ ចំណែកការចុះតាមដានដែលបានធ្វើរួច នៅរក្សាទុកដដែល។</translation>
    </message>
    <message>
        <source>The day she moved and where she lives now. Follow-up visits are scheduled {months} months after this date, and her status becomes Reintegrated.</source>
        <translation>ថ្ងៃដែលនាងបានផ្លាស់ទៅ និងកន្លែងដែលនាងរស់នៅឥឡូវនេះ។ ការចុះតាមដានត្រូវបានគ្រោងទុក {months} ខែ ក្រោយកាលបរិច្ឆេទនេះ ហើយស្ថានភាពរបស់នាងនឹងប្តូរទៅជា «បានធ្វើសមាហរណកម្ម»។</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>មិនដឹង</translation>
    </message>
    <message>
        <source>Placed on:</source>
        <translation>ថ្ងៃផ្លាស់ទៅ៖</translation>
    </message>
    <message>
        <source>Lives at:</source>
        <translation>រស់នៅ៖</translation>
    </message>
    <message>
        <source>Province:</source>
        <translation>ខេត្ត ឬរាជធានី៖</translation>
    </message>
    <message>
        <source>e.g. with her mother, Prey Kabas village</source>
        <translation>ឧ. ជាមួយម្តាយ នៅភូមិព្រៃកប្បាស</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>រក្សាទុកការកែប្រែ</translation>
    </message>
    <message>
        <source>Record placement</source>
        <translation>កត់ត្រាការដាក់ឱ្យរស់នៅ</translation>
    </message>
    <message>
        <source>Save placement</source>
        <translation>រក្សាទុកការងារ</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Choose the language to print in: English, Khmer or both.</source>
        <translation>សូមជ្រើសរើសភាសាសម្រាប់បោះពុម្ព៖ អង់គ្លេស ខ្មែរ ឬទាំងពីរ។</translation>
    </message>
    <message>
        <source>There is no assessment form &quot;{key}&quot;. Choose one of the forms in the list.</source>
        <translation>គ្មានទម្រង់វាយតម្លៃ «{key}» ទេ។ សូមជ្រើសរើសទម្រង់មួយក្នុងបញ្ជី។</translation>
    </message>
    <message>
        <source>No care plan is due for review by {until}, so there is nothing to print. Choose a later date.</source>
        <translation>គ្មានផែនការថែទាំណាត្រូវពិនិត្យឡើងវិញ ត្រឹម {until} ទេ ដូច្នេះគ្មានអ្វីត្រូវបោះពុម្ពទេ។ សូមជ្រើសរើសកាលបរិច្ឆេទក្រោយជាងនេះ។</translation>
    </message>
    <message>
        <source>No resident has the case number {case_number}. Check the number and try again.</source>
        <translation>គ្មានអ្នកស្នាក់នៅណាមានលេខករណី {case_number} ទេ។ សូមពិនិត្យលេខ ហើយព្យាយាមម្តងទៀត។</translation>
    </message>
    <message>
        <source>The resident {case_number} has no care plan yet, so there is nothing to print. Write one in her file first.</source>
        <translation>អ្នកស្នាក់នៅ {case_number} មិនទាន់មានផែនការថែទាំនៅឡើយទេ ដូច្នេះគ្មានអ្វីត្រូវបោះពុម្ពទេ។ សូមសរសេរផែនការថែទាំក្នុងឯកសាររបស់នាងជាមុនសិន។</translation>
    </message>
    <message>
        <source>Cancelled: nothing was printed.</source>
        <translation>បានបោះបង់៖ គ្មានអ្វីត្រូវបានបោះពុម្ពទេ។</translation>
    </message>
    <message>
        <source>Preparing care plan {index} of {count}…</source>
        <translation>កំពុងរៀបចំផែនការថែទាំទី {index} ក្នុងចំណោម {count}…</translation>
    </message>
    <message>
        <source>Laying out care plan {index} of {count}…</source>
        <translation>កំពុងរៀបចំទំព័រនៃផែនការថែទាំទី {index} ក្នុងចំណោម {count}…</translation>
    </message>
    <message>
        <source>Khmer and English side by side</source>
        <translation>ខ្មែរ និងអង់គ្លេស នៅក្បែរគ្នា</translation>
    </message>
    <message>
        <source>Khmer</source>
        <translation>ខ្មែរ</translation>
    </message>
    <message>
        <source>English</source>
        <translation>អង់គ្លេស</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>បោះពុម្ព</translation>
    </message>
    <message>
        <source>Language of the printout:</source>
        <translation>ភាសានៃឯកសារបោះពុម្ព៖</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>school or class</source>
        <translation>សាលា ឬថ្នាក់រៀន</translation>
    </message>
    <message>
        <source>grade or level</source>
        <translation>ថ្នាក់ទី ឬកម្រិត</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>វិញ្ញាបនបត្រ</translation>
    </message>
    <message>
        <source>term</source>
        <translation>ឆមាស</translation>
    </message>
    <message>
        <source>result</source>
        <translation>លទ្ធផល</translation>
    </message>
    <message>
        <source>training provider</source>
        <translation>អ្នកផ្តល់ការបណ្តុះបណ្តាល</translation>
    </message>
    <message>
        <source>start-up kit</source>
        <translation>សម្ភារៈចាប់ផ្តើមរបរ</translation>
    </message>
    <message>
        <source>employer</source>
        <translation>និយោជក</translation>
    </message>
    <message>
        <source>milestone</source>
        <translation>សមិទ្ធផល</translation>
    </message>
    <message>
        <source>The {what} is too long ({length} characters). Shorten it to at most {limit} characters.</source>
        <translation>{what} វែងពេក ({length} តួអក្សរ)។ សូមកាត់ឱ្យខ្លីមកត្រឹម {limit} តួអក្សរ។</translation>
    </message>
    <message>
        <source>The {what} contains an invisible control character, perhaps pasted from another program. Delete the text and type it again.</source>
        <translation>{what} មានតួអក្សរបញ្ជាដែលមើលមិនឃើញ ប្រហែលជាបានបិទភ្ជាប់ពីកម្មវិធីផ្សេង។ សូមលុបអត្ថបទនោះ ហើយវាយម្តងទៀត។</translation>
    </message>
    <message>
        <source>Choose a programme from the list.</source>
        <translation>សូមជ្រើសរើសកម្មវិធីសិក្សាពីបញ្ជី។</translation>
    </message>
    <message>
        <source>Choose a trade from the list.</source>
        <translation>សូមជ្រើសរើសជំនាញពីបញ្ជី។</translation>
    </message>
    <message>
        <source>Choose a status from the list.</source>
        <translation>សូមជ្រើសរើសស្ថានភាពពីបញ្ជី។</translation>
    </message>
    <message>
        <source>The start date is in the future. Correct the date, or set the status to Planned if she has not started yet.</source>
        <translation>ថ្ងៃចាប់ផ្តើមជាថ្ងៃអនាគត។ សូមកែកាលបរិច្ឆេទ ឬកំណត់ស្ថានភាពជា «គ្រោងទុក» ប្រសិនបើនាងមិនទាន់ចាប់ផ្តើម។</translation>
    </message>
    <message>
        <source>The end date is before the start date. Correct one of the two dates.</source>
        <translation>ថ្ងៃបញ្ចប់នៅមុនថ្ងៃចាប់ផ្តើម។ សូមកែកាលបរិច្ឆេទណាមួយក្នុងចំណោមពីរ។</translation>
    </message>
    <message>
        <source>The end date is in the future, but the status says it is over. Enter the day it actually ended, or set the status to In progress.</source>
        <translation>ថ្ងៃបញ្ចប់ជាថ្ងៃអនាគត ប៉ុន្តែស្ថានភាពបង្ហាញថាវាបានចប់ហើយ។ សូមបញ្ចូលថ្ងៃដែលវាបានចប់ពិតប្រាកដ ឬកំណត់ស្ថានភាពជា «កំពុងដំណើរការ»។</translation>
    </message>
    <message>
        <source>A completed course needs an end date. Enter the day she finished.</source>
        <translation>វគ្គសិក្សាដែលបានបញ្ចប់ ត្រូវមានថ្ងៃបញ្ចប់។ សូមបញ្ចូលថ្ងៃដែលនាងបានបញ្ចប់។</translation>
    </message>
    <message>
        <source>A stopped course needs an end date. Enter the day she stopped attending.</source>
        <translation>វគ្គសិក្សាដែលបានឈប់ ត្រូវមានថ្ងៃបញ្ចប់។ សូមបញ្ចូលថ្ងៃដែលនាងឈប់ចូលរៀន។</translation>
    </message>
    <message>
        <source>Name the term, for example “Term 1, 2026”.</source>
        <translation>សូមដាក់ឈ្មោះឆមាស ឧទាហរណ៍ «ឆមាសទី 1 ឆ្នាំ 2026»។</translation>
    </message>
    <message>
        <source>Enter a score, a result or the attendance for this term.</source>
        <translation>សូមបញ្ចូលពិន្ទុ លទ្ធផល ឬវត្តមានសម្រាប់ឆមាសនេះ។</translation>
    </message>
    <message>
        <source>The result is dated in the future. Enter the day the result was given.</source>
        <translation>លទ្ធផលនេះមានកាលបរិច្ឆេទនៅថ្ងៃអនាគត។ សូមបញ្ចូលថ្ងៃដែលបានទទួលលទ្ធផល។</translation>
    </message>
    <message>
        <source>The result is dated before the enrolment started. Check the date, or the enrolment&apos;s start date.</source>
        <translation>លទ្ធផលនេះមានកាលបរិច្ឆេទមុនពេលចុះឈ្មោះចូលរៀន។ សូមពិនិត្យកាលបរិច្ឆេទ ឬថ្ងៃចាប់ផ្តើមនៃការចុះឈ្មោះចូលរៀន។</translation>
    </message>
    <message>
        <source>The score must be between 0 and 100. Convert other scales to points out of 100.</source>
        <translation>ពិន្ទុត្រូវនៅចន្លោះពី 0 ដល់ 100។ សូមប្តូរពិន្ទុពីខ្នាតផ្សេង ទៅជាពិន្ទុលើ 100។</translation>
    </message>
    <message>
        <source>Attendance is a percentage: enter a number between 0 and 100.</source>
        <translation>វត្តមានគិតជាភាគរយ៖ សូមបញ្ចូលលេខចន្លោះពី 0 ដល់ 100។</translation>
    </message>
    <message>
        <source>The monthly income cannot be negative. Enter 0 if she earns nothing yet.</source>
        <translation>ប្រាក់ចំណូលប្រចាំខែមិនអាចតិចជាងសូន្យបានទេ។ សូមបញ្ចូល 0 ប្រសិនបើនាងមិនទាន់មានចំណូល។</translation>
    </message>
    <message>
        <source>A monthly income of {amount} US dollars looks like a typing mistake. Enter the amount per month in US dollars.</source>
        <translation>ប្រាក់ចំណូលប្រចាំខែ {amount} ដុល្លារអាមេរិក ហាក់ដូចជាវាយខុស។ សូមបញ្ចូលចំនួនទឹកប្រាក់ក្នុងមួយខែ គិតជាដុល្លារអាមេរិក។</translation>
    </message>
    <message>
        <source>A job placement needs the employer&apos;s name. Enter the employer, or clear the job start date and income.</source>
        <translation>ការងារដែលនាងទទួលបាន ត្រូវមានឈ្មោះនិយោជក។ សូមបញ្ចូលនិយោជក ឬលុបថ្ងៃចាប់ផ្តើមការងារ និងប្រាក់ចំណូលចេញ។</translation>
    </message>
    <message>
        <source>The job start date is in the future. Record the placement once she has started work.</source>
        <translation>ថ្ងៃចាប់ផ្តើមការងារជាថ្ងៃអនាគត។ សូមកត់ត្រាការងារនេះ នៅពេលនាងបានចាប់ផ្តើមធ្វើការហើយ។</translation>
    </message>
    <message>
        <source>The job start date is before the training began. Check both dates.</source>
        <translation>ថ្ងៃចាប់ផ្តើមការងារ នៅមុនថ្ងៃចាប់ផ្តើមវគ្គបណ្តុះបណ្តាល។ សូមពិនិត្យកាលបរិច្ឆេទទាំងពីរ។</translation>
    </message>
    <message>
        <source>Term results are already recorded before this start date. Choose a start date on or before the first result.</source>
        <translation>មានលទ្ធផលឆមាសដែលបានកត់ត្រារួចហើយ មុនថ្ងៃចាប់ផ្តើមនេះ។ សូមជ្រើសរើសថ្ងៃចាប់ផ្តើម ដែលត្រូវនឹង ឬមុនថ្ងៃនៃលទ្ធផលដំបូង។</translation>
    </message>
    <message>
        <source>Milestones are already recorded before this start date. Choose a start date on or before the first milestone.</source>
        <translation>មានសមិទ្ធផលដែលបានកត់ត្រារួចហើយ មុនថ្ងៃចាប់ផ្តើមនេះ។ សូមជ្រើសរើសថ្ងៃចាប់ផ្តើម ដែលត្រូវនឹង ឬមុនថ្ងៃនៃសមិទ្ធផលដំបូង។</translation>
    </message>
    <message>
        <source>Describe what she achieved, for example “Sewed a shirt on her own”.</source>
        <translation>សូមរៀបរាប់អំពីអ្វីដែលនាងសម្រេចបាន ឧទាហរណ៍ «ដេរអាវមួយដោយខ្លួនឯង»។</translation>
    </message>
    <message>
        <source>The milestone is dated in the future. Enter the day she reached it.</source>
        <translation>សមិទ្ធផលនេះមានកាលបរិច្ឆេទនៅថ្ងៃអនាគត។ សូមបញ្ចូលថ្ងៃដែលនាងសម្រេចបាន។</translation>
    </message>
    <message>
        <source>The milestone is dated before the training began. Check the date, or the training&apos;s start date.</source>
        <translation>សមិទ្ធផលនេះមានកាលបរិច្ឆេទមុនពេលវគ្គបណ្តុះបណ្តាលចាប់ផ្តើម។ សូមពិនិត្យកាលបរិច្ឆេទ ឬថ្ងៃចាប់ផ្តើមវគ្គបណ្តុះបណ្តាល។</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>បោះបង់</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>យល់ព្រម</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>បោះបង់</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>បិទ</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>បាទ/ចាស (&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>ទេ (&amp;N)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>រក្សាទុក</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>អនុវត្ត</translation>
    </message>
</context>
<context>
    <name>ReadinessDialog</name>
    <message>
        <source>Readiness assessment</source>
        <translation>ការវាយតម្លៃការត្រៀមខ្លួន</translation>
    </message>
    <message>
        <source>How ready are she, her family and her community? Score each from 1 (serious concern) to 4 (ready, safe) and say why in a few words.</source>
        <translation>តើនាង គ្រួសាររបស់នាង និងសហគមន៍របស់នាង ត្រៀមខ្លួនរួចរាល់កម្រិតណា? សូមដាក់ពិន្ទុនីមួយៗពី 1 (គួរឱ្យព្រួយបារម្ភខ្លាំង) ដល់ 4 (ត្រៀមរួចរាល់ មានសុវត្ថិភាព) ហើយពន្យល់មូលហេតុដោយពាក្យពីរបី។</translation>
    </message>
    <message>
        <source>Choose a score…</source>
        <translation>ជ្រើសរើសពិន្ទុ…</translation>
    </message>
    <message>
        <source>Why this score</source>
        <translation>ហេតុអ្វីបានពិន្ទុនេះ</translation>
    </message>
    <message>
        <source>Choose the risk…</source>
        <translation>ជ្រើសរើសកម្រិតហានិភ័យ…</translation>
    </message>
    <message>
        <source>Assessed on:</source>
        <translation>ថ្ងៃវាយតម្លៃ៖</translation>
    </message>
    <message>
        <source>She is ready:</source>
        <translation>នាងត្រៀមខ្លួនរួចរាល់៖</translation>
    </message>
    <message>
        <source>Family home visit:</source>
        <translation>ការចុះសួរសុខទុក្ខគ្រួសារដល់ផ្ទះ៖</translation>
    </message>
    <message>
        <source>Family:</source>
        <translation>គ្រួសារ៖</translation>
    </message>
    <message>
        <source>Community safety:</source>
        <translation>សុវត្ថិភាពក្នុងសហគមន៍៖</translation>
    </message>
    <message>
        <source>School or work access:</source>
        <translation>លទ្ធភាពចូលរៀន ឬធ្វើការ៖</translation>
    </message>
    <message>
        <source>Re-trafficking risk:</source>
        <translation>ហានិភ័យនៃការជួញដូរម្តងទៀត៖</translation>
    </message>
    <message>
        <source>About the risk:</source>
        <translation>អំពីហានិភ័យ៖</translation>
    </message>
    <message>
        <source>Recommendation:</source>
        <translation>អនុសាសន៍៖</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>បានធ្វើនៅថ្ងៃ</translation>
    </message>
    <message>
        <source>e.g. Ready to return to her mother with monthly follow-up</source>
        <translation>ឧ. ត្រៀមខ្លួនរួចរាល់ដើម្បីត្រឡប់ទៅរស់នៅជាមួយម្តាយ ដោយមានការតាមដានរៀងរាល់ខែ</translation>
    </message>
    <message>
        <source>Save assessment</source>
        <translation>រក្សាទុកការវាយតម្លៃ</translation>
    </message>
</context>
<context>
    <name>ReferralPage</name>
    <message>
        <source>Referral</source>
        <translation>ការបញ្ជូន</translation>
    </message>
    <message>
        <source>Who referred the resident to the shelter, and why.</source>
        <translation>នរណាបានបញ្ជូនអ្នកស្នាក់នៅមកមណ្ឌល ហើយហេតុអ្វី។</translation>
    </message>
    <message>
        <source>Referred &amp;by:</source>
        <translation>បញ្ជូនដោយ (&amp;B)៖</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>អង្គការ (&amp;O)៖</translation>
    </message>
    <message>
        <source>&amp;Contact person:</source>
        <translation>អ្នកទំនាក់ទំនង (&amp;C)៖</translation>
    </message>
    <message>
        <source>&amp;Reason for referral:</source>
        <translation>មូលហេតុនៃការបញ្ជូន (&amp;R)៖</translation>
    </message>
    <message>
        <source>Forms of exploitation:</source>
        <translation>ទម្រង់នៃការកេងប្រវ័ញ្ច៖</translation>
    </message>
    <message>
        <source>e.g. the provincial anti-trafficking police</source>
        <translation>ឧ. នគរបាលប្រឆាំងការជួញដូរមនុស្សខេត្ត</translation>
    </message>
    <message>
        <source>Name and phone of the person who referred</source>
        <translation>ឈ្មោះ និងទូរសព្ទរបស់អ្នកដែលបានបញ្ជូន</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>មិនបានកត់ត្រា</translation>
    </message>
</context>
<context>
    <name>Reintegration</name>
    <message>
        <source>Return to her family</source>
        <translation>ត្រឡប់ទៅរស់នៅជាមួយគ្រួសាររបស់នាង</translation>
    </message>
    <message>
        <source>Kinship care (relatives)</source>
        <translation>ការថែទាំដោយសាច់ញាតិ</translation>
    </message>
    <message>
        <source>Foster family</source>
        <translation>គ្រួសារអាណាព្យាបាលបណ្តោះអាសន្ន</translation>
    </message>
    <message>
        <source>Independent living</source>
        <translation>រស់នៅដោយខ្លួនឯង</translation>
    </message>
    <message>
        <source>Group home</source>
        <translation>ផ្ទះស្នាក់នៅជាក្រុម</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>ផ្សេងទៀត</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>កំពុងរៀបចំ</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>បានដាក់ឱ្យរស់នៅ</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>បានបិទ</translation>
    </message>
    <message>
        <source>Low risk</source>
        <translation>ហានិភ័យទាប</translation>
    </message>
    <message>
        <source>Medium risk</source>
        <translation>ហានិភ័យមធ្យម</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>ហានិភ័យខ្ពស់</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>ចុះសួរសុខទុក្ខដល់ផ្ទះ</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>ការហៅទូរស័ព្ទ</translation>
    </message>
    <message>
        <source>At school or work</source>
        <translation>នៅសាលារៀន ឬកន្លែងធ្វើការ</translation>
    </message>
    <message>
        <source>At the office</source>
        <translation>នៅការិយាល័យ</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>បានគ្រោងទុក</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>បានធ្វើរួច</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>ខកខាន</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>បានលុបចោល</translation>
    </message>
    <message>
        <source>Care plan goals met, living safely</source>
        <translation>សម្រេចបានគោលដៅផែនការថែទាំ ហើយរស់នៅដោយសុវត្ថិភាព</translation>
    </message>
    <message>
        <source>Case continued by another organisation</source>
        <translation>ករណីត្រូវបានបន្តដោយអង្គការផ្សេង</translation>
    </message>
    <message>
        <source>Moved away or cannot be found</source>
        <translation>បានផ្លាស់ទៅទីកន្លែងផ្សេង ឬរកមិនឃើញ</translation>
    </message>
    <message>
        <source>Died</source>
        <translation>បានស្លាប់</translation>
    </message>
    <message>
        <source>1 – serious concern</source>
        <translation>1 – គួរឱ្យព្រួយបារម្ភខ្លាំង</translation>
    </message>
    <message>
        <source>2 – some concern</source>
        <translation>2 – គួរឱ្យព្រួយបារម្ភខ្លះ</translation>
    </message>
    <message>
        <source>3 – mostly good</source>
        <translation>3 – ភាគច្រើនល្អ</translation>
    </message>
    <message>
        <source>4 – good, safe</source>
        <translation>4 – ល្អ មានសុវត្ថិភាព</translation>
    </message>
    <message>
        <source>comment on her readiness</source>
        <translation>មតិយោបល់អំពីការត្រៀមខ្លួនរបស់នាង</translation>
    </message>
    <message>
        <source>comment on the family</source>
        <translation>មតិយោបល់អំពីគ្រួសារ</translation>
    </message>
    <message>
        <source>comment on community safety</source>
        <translation>មតិយោបល់អំពីសុវត្ថិភាពក្នុងសហគមន៍</translation>
    </message>
    <message>
        <source>comment on school or work</source>
        <translation>មតិយោបល់អំពីការសិក្សា ឬការងារ</translation>
    </message>
    <message>
        <source>comment on the re-trafficking risk</source>
        <translation>មតិយោបល់អំពីហានិភ័យនៃការជួញដូរម្ដងទៀត</translation>
    </message>
    <message>
        <source>recommendation</source>
        <translation>អនុសាសន៍</translation>
    </message>
    <message>
        <source>reason for the decision</source>
        <translation>មូលហេតុនៃការសម្រេចចិត្ត</translation>
    </message>
    <message>
        <source>place</source>
        <translation>ទីកន្លែងរស់នៅ</translation>
    </message>
    <message>
        <source>findings</source>
        <translation>អ្វីដែលបានរកឃើញ</translation>
    </message>
    <message>
        <source>risks</source>
        <translation>ហានិភ័យ</translation>
    </message>
    <message>
        <source>next steps</source>
        <translation>ជំហានបន្ទាប់</translation>
    </message>
    <message>
        <source>closure note</source>
        <translation>កំណត់ចំណាំនៃការបិទករណី</translation>
    </message>
    <message>
        <source>her own readiness</source>
        <translation>ការត្រៀមខ្លួនរបស់នាងផ្ទាល់</translation>
    </message>
    <message>
        <source>the family</source>
        <translation>គ្រួសារ</translation>
    </message>
    <message>
        <source>community safety</source>
        <translation>សុវត្ថិភាពក្នុងសហគមន៍</translation>
    </message>
    <message>
        <source>school or work access</source>
        <translation>លទ្ធភាពចូលរៀន ឬធ្វើការ</translation>
    </message>
    <message>
        <source>safety</source>
        <translation>សុវត្ថិភាព</translation>
    </message>
    <message>
        <source>wellbeing</source>
        <translation>សុខុមាលភាព</translation>
    </message>
    <message>
        <source>family relations</source>
        <translation>ទំនាក់ទំនងគ្រួសារ</translation>
    </message>
    <message>
        <source>education or work</source>
        <translation>ការសិក្សា ឬការងារ</translation>
    </message>
    <message>
        <source>The {what} is too long ({length} characters). Shorten it to at most {limit} characters.</source>
        <translation>{what} វែងពេក ({length} តួអក្សរ)។ សូមកាត់ឱ្យខ្លីមកត្រឹម {limit} តួអក្សរ យ៉ាងច្រើន។</translation>
    </message>
    <message>
        <source>The {what} contains an invisible control character, perhaps pasted from another program. Delete the text and type it again.</source>
        <translation>{what} មានតួអក្សរបញ្ជាដែលមើលមិនឃើញ ប្រហែលជាបានបិទភ្ជាប់ពីកម្មវិធីផ្សេង។ សូមលុបអត្ថបទនោះ ហើយវាយម្តងទៀត។</translation>
    </message>
    <message>
        <source>Choose a score from 1 (serious concern) to 4 (good) for {what}.</source>
        <translation>សូមជ្រើសរើសពិន្ទុពី 1 (គួរឱ្យព្រួយបារម្ភខ្លាំង) ដល់ 4 (ល្អ) សម្រាប់ {what}។</translation>
    </message>
    <message>
        <source>Choose the re-trafficking risk: low, medium or high.</source>
        <translation>សូមជ្រើសរើសហានិភ័យនៃការជួញដូរម្តងទៀត៖ ទាប មធ្យម ឬខ្ពស់។</translation>
    </message>
    <message>
        <source>Choose a decision from the list.</source>
        <translation>សូមជ្រើសរើសការសម្រេចពីបញ្ជី។</translation>
    </message>
    <message>
        <source>Choose how the follow-up was made (home visit, phone call …).</source>
        <translation>សូមជ្រើសរើសវិធីដែលបានធ្វើការតាមដាន (ចុះសួរសុខទុក្ខដល់ផ្ទះ ការហៅទូរស័ព្ទ …)។</translation>
    </message>
    <message>
        <source>Choose why the case is closed.</source>
        <translation>សូមជ្រើសរើសមូលហេតុដែលបិទករណី។</translation>
    </message>
    <message>
        <source>Choose the province from the list, or leave it empty.</source>
        <translation>សូមជ្រើសរើសខេត្ត ឬរាជធានីពីបញ្ជី ឬទុកឱ្យនៅទទេ។</translation>
    </message>
    <message>
        <source>The date {date_name} is in the future. Enter the day it happened.</source>
        <translation>កាលបរិច្ឆេទ {date_name} គឺនៅថ្ងៃអនាគត។ សូមបញ្ចូលថ្ងៃដែលវាបានកើតឡើង។</translation>
    </message>
    <message>
        <source>The date {date_name} is before 1900. Check the year.</source>
        <translation>កាលបរិច្ឆេទ {date_name} គឺមុនឆ្នាំ 1900។ សូមពិនិត្យឆ្នាំ។</translation>
    </message>
    <message>
        <source>The date {date_name} is before her admission to the shelter. Check the date.</source>
        <translation>កាលបរិច្ឆេទ {date_name} គឺមុនថ្ងៃដែលនាងចូលមណ្ឌល។ សូមពិនិត្យកាលបរិច្ឆេទ។</translation>
    </message>
    <message>
        <source>The family home visit is dated after this assessment. Enter the day of the visit that this assessment is based on.</source>
        <translation>ការចុះសួរសុខទុក្ខដល់ផ្ទះគ្រួសារ មានកាលបរិច្ឆេទក្រោយការវាយតម្លៃនេះ។ សូមបញ្ចូលថ្ងៃនៃការចុះសួរសុខទុក្ខ ដែលការវាយតម្លៃនេះផ្អែកលើ។</translation>
    </message>
    <message>
        <source>For “Other”, write what was decided and why.</source>
        <translation>សម្រាប់ “ផ្សេងទៀត” សូមសរសេរអ្វីដែលបានសម្រេច និងមូលហេតុ។</translation>
    </message>
    <message>
        <source>Write where she lives now, for example the village and who she lives with.</source>
        <translation>សូមសរសេរកន្លែងដែលនាងរស់នៅឥឡូវនេះ ឧទាហរណ៍ ភូមិ និងអ្នកដែលនាងរស់នៅជាមួយ។</translation>
    </message>
    <message>
        <source>The placement date is before the decision. Check both dates.</source>
        <translation>កាលបរិច្ឆេទដាក់ឱ្យរស់នៅ គឺមុនការសម្រេច។ សូមពិនិត្យកាលបរិច្ឆេទទាំងពីរ។</translation>
    </message>
    <message>
        <source>A follow-up visit cannot be before the placement date. Check the date.</source>
        <translation>ការចុះតាមដានមិនអាចនៅមុនកាលបរិច្ឆេទដាក់ឱ្យរស់នៅបានទេ។ សូមពិនិត្យកាលបរិច្ឆេទ។</translation>
    </message>
    <message>
        <source>Write what you found: how she is, where she lives, who you met.</source>
        <translation>សូមសរសេរអ្វីដែលអ្នកបានរកឃើញ៖ ស្ថានភាពរបស់នាង កន្លែងដែលនាងរស់នៅ និងអ្នកដែលអ្នកបានជួប។</translation>
    </message>
    <message>
        <source>The case cannot close before the placement date. Check the date.</source>
        <translation>ករណីមិនអាចបិទមុនកាលបរិច្ឆេទដាក់ឱ្យរស់នៅបានទេ។ សូមពិនិត្យកាលបរិច្ឆេទ។</translation>
    </message>
    <message>
        <source>For “Other”, write why the case is closed.</source>
        <translation>សម្រាប់ “ផ្សេងទៀត” សូមសរសេរមូលហេតុដែលបិទករណី។</translation>
    </message>
    <message>
        <source>of the assessment</source>
        <translation>នៃការវាយតម្លៃ</translation>
    </message>
    <message>
        <source>of the family home visit</source>
        <translation>នៃការចុះជួបគ្រួសារនៅផ្ទះ</translation>
    </message>
    <message>
        <source>of the decision</source>
        <translation>នៃការសម្រេចចិត្ត</translation>
    </message>
    <message>
        <source>of the placement</source>
        <translation>នៃការដាក់ឱ្យរស់នៅ</translation>
    </message>
    <message>
        <source>of the visit</source>
        <translation>នៃការចុះតាមដាន</translation>
    </message>
    <message>
        <source>of the closure</source>
        <translation>នៃការបិទករណី</translation>
    </message>
    <message>
        <source>Her reintegration has already started. Continue it below instead of starting a new one.</source>
        <translation>ការធ្វើសមាហរណកម្មរបស់នាងបានចាប់ផ្តើមរួចហើយ។ សូមបន្តវានៅខាងក្រោម ជំនួសឱ្យការចាប់ផ្តើមថ្មី។</translation>
    </message>
    <message>
        <source>This reintegration is closed and cannot be changed. Start a new one if she needs it.</source>
        <translation>ការធ្វើសមាហរណកម្មនេះត្រូវបានបិទ ហើយមិនអាចផ្លាស់ប្តូរបានទេ។ សូមចាប់ផ្តើមថ្មី ប្រសិនបើនាងត្រូវការ។</translation>
    </message>
    <message>
        <source>Her case is already closed. Nothing was changed.</source>
        <translation>ករណីរបស់នាងត្រូវបានបិទរួចហើយ។ គ្មានអ្វីត្រូវបានផ្លាស់ប្តូរទេ។</translation>
    </message>
    <message>
        <source>She has already been placed. To correct the placement, change its date or place instead; visits already made are kept.</source>
        <translation>នាងត្រូវបានដាក់ឱ្យរស់នៅរួចហើយ។ ដើម្បីកែការដាក់ឱ្យរស់នៅ សូមប្តូរកាលបរិច្ឆេទ ឬទីកន្លែងរបស់វាជំនួសវិញ។ ការចុះសួរសុខទុក្ខដែលបានធ្វើរួច នឹងត្រូវរក្សាទុក។</translation>
    </message>
    <message>
        <source>Record the placement first: follow-up visits start from its date.</source>
        <translation>សូមកត់ត្រាការដាក់ឱ្យរស់នៅជាមុនសិន៖ ការចុះតាមដានចាប់ផ្តើមពីកាលបរិច្ឆេទនោះ។</translation>
    </message>
    <message>
        <source>Record the decision (where she will live) before the placement.</source>
        <translation>សូមកត់ត្រាការសម្រេច (កន្លែងដែលនាងនឹងរស់នៅ) មុនការដាក់ឱ្យរស់នៅ។</translation>
    </message>
    <message>
        <source>This follow-up was cancelled. Add an unscheduled visit instead to record a visit.</source>
        <translation>ការចុះតាមដាននេះត្រូវបានលុបចោល។ ដើម្បីកត់ត្រាការចុះសួរសុខទុក្ខ សូមបន្ថែមការចុះសួរសុខទុក្ខក្រៅកាលវិភាគជំនួសវិញ។</translation>
    </message>
    <message>
        <source>This visit has been made already; it cannot be marked missed or cancelled.</source>
        <translation>ការចុះសួរសុខទុក្ខនេះបានធ្វើរួចហើយ មិនអាចសម្គាល់ថាខកខាន ឬលុបចោលបានទេ។</translation>
    </message>
    <message>
        <source>A follow-up can only be marked as missed or cancelled here.</source>
        <translation>នៅទីនេះ ការចុះតាមដានអាចសម្គាល់បានតែថា ខកខាន ឬលុបចោលប៉ុណ្ណោះ។</translation>
    </message>
    <message>
        <source>The decision date is after the placement date. Check both dates.</source>
        <translation>កាលបរិច្ឆេទសម្រេច គឺក្រោយកាលបរិច្ឆេទដាក់ឱ្យរស់នៅ។ សូមពិនិត្យកាលបរិច្ឆេទទាំងពីរ។</translation>
    </message>
    <message>
        <source>A follow-up visit was made before this placement date. Choose a date on or before the first visit.</source>
        <translation>មានការចុះតាមដានមួយបានធ្វើមុនកាលបរិច្ឆេទដាក់ឱ្យរស់នៅនេះ។ សូមជ្រើសរើសកាលបរិច្ឆេទនៅថ្ងៃ ឬមុនថ្ងៃចុះតាមដានលើកដំបូង។</translation>
    </message>
</context>
<context>
    <name>ReintegrationTab</name>
    <message>
        <source>Loading reintegration</source>
        <translation>កំពុងផ្ទុកការធ្វើសមាហរណកម្ម</translation>
    </message>
    <message>
        <source>a contact</source>
        <translation>អ្នកទំនាក់ទំនង</translation>
    </message>
    <message>
        <source>Suspected involvement: {relation} {name} — do not plan contact</source>
        <translation>សង្ស័យថាពាក់ព័ន្ធ៖ {relation} {name} — កុំគ្រោងទំនាក់ទំនង</translation>
    </message>
    <message>
        <source>No contact: {relation} {name} — do not plan contact</source>
        <translation>ហាមទំនាក់ទំនង៖ {relation} {name} — កុំគ្រោងទំនាក់ទំនង</translation>
    </message>
    <message>
        <source>Reintegration has not started. Start it when planning her return.</source>
        <translation>ការធ្វើសមាហរណកម្មមិនទាន់ចាប់ផ្តើមនៅឡើយទេ។ សូមចាប់ផ្តើមវា នៅពេលរៀបចំផែនការឱ្យនាងត្រឡប់ទៅវិញ។</translation>
    </message>
    <message>
        <source>Reintegration has not started.</source>
        <translation>ការធ្វើសមាហរណកម្មមិនទាន់ចាប់ផ្តើមនៅឡើយទេ។</translation>
    </message>
    <message>
        <source>{done} visits made, {overdue} overdue.</source>
        <translation>បានចុះសួរសុខទុក្ខ {done} ដង ហួសកំណត់ {overdue}។</translation>
    </message>
    <message>
        <source>{done} visits made.</source>
        <translation>បានចុះសួរសុខទុក្ខ {done} ដង។</translation>
    </message>
    <message>
        <source>No readiness assessment yet.</source>
        <translation>មិនទាន់មានការវាយតម្លៃការត្រៀមខ្លួនរួចរាល់នៅឡើយទេ។</translation>
    </message>
    <message>
        <source>Recommendation ({date}): {text}</source>
        <translation>អនុសាសន៍ ({date})៖ {text}</translation>
    </message>
    <message>
        <source>{decision}, decided on {date}</source>
        <translation>{decision} បានសម្រេចនៅថ្ងៃ {date}</translation>
    </message>
    <message>
        <source>{date}: {place}</source>
        <translation>{date}៖ {place}</translation>
    </message>
    <message>
        <source>after {months} months</source>
        <translation>ក្រោយ {months} ខែ</translation>
    </message>
    <message>
        <source>{date}: {reason}</source>
        <translation>{date}៖ {reason}</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>មិនទាន់សម្រេច</translation>
    </message>
    <message>
        <source>Not placed yet</source>
        <translation>មិនទាន់ដាក់ឱ្យរស់នៅ</translation>
    </message>
    <message>
        <source>Unscheduled</source>
        <translation>ក្រៅកាលវិភាគ</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 ខែ</translation>
    </message>
    <message>
        <source>{n} months</source>
        <translation>{n} ខែ</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>ហួសកំណត់</translation>
    </message>
    <message>
        <source>Change placement…</source>
        <translation>ប្តូរការដាក់ឱ្យរស់នៅ…</translation>
    </message>
    <message>
        <source>Placement…</source>
        <translation>ការដាក់ឱ្យរស់នៅ…</translation>
    </message>
    <message>
        <source>Starting reintegration</source>
        <translation>កំពុងចាប់ផ្តើមការធ្វើសមាហរណកម្ម</translation>
    </message>
    <message>
        <source>Saving the follow-up</source>
        <translation>កំពុងរក្សាទុកការចុះតាមដាន</translation>
    </message>
    <message>
        <source>Print follow-up form…</source>
        <translation>បោះពុម្ពទម្រង់ចុះតាមដាន…</translation>
    </message>
    <message>
        <source>Start reintegration</source>
        <translation>ចាប់ផ្តើមការធ្វើសមាហរណកម្ម</translation>
    </message>
    <message>
        <source>Readiness assessment…</source>
        <translation>ការវាយតម្លៃការត្រៀមខ្លួនរួចរាល់…</translation>
    </message>
    <message>
        <source>Decision…</source>
        <translation>ការសម្រេច…</translation>
    </message>
    <message>
        <source>Record visit…</source>
        <translation>កត់ត្រាការចុះសួរសុខទុក្ខ…</translation>
    </message>
    <message>
        <source>Close case…</source>
        <translation>បិទករណី…</translation>
    </message>
    <message>
        <source>Unscheduled visit…</source>
        <translation>ការចុះសួរសុខទុក្ខក្រៅកាលវិភាគ…</translation>
    </message>
    <message>
        <source>Mark missed</source>
        <translation>សម្គាល់ថាខកខាន</translation>
    </message>
    <message>
        <source>Cancel follow-up</source>
        <translation>លុបចោលការចុះតាមដាន</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>ការត្រៀមខ្លួនរួចរាល់</translation>
    </message>
    <message>
        <source>Decision and placement</source>
        <translation>ការសម្រេច និងការដាក់ឱ្យរស់នៅ</translation>
    </message>
    <message>
        <source>Follow-up schedule</source>
        <translation>កាលវិភាគចុះតាមដាន</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>ការសម្រេច៖</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>មូលហេតុ៖</translation>
    </message>
    <message>
        <source>Placed:</source>
        <translation>បានដាក់ឱ្យរស់នៅ៖</translation>
    </message>
    <message>
        <source>Follow-up:</source>
        <translation>ការតាមដាន៖</translation>
    </message>
    <message>
        <source>Closed:</source>
        <translation>បានបិទ៖</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>កាលបរិច្ឆេទ</translation>
    </message>
    <message>
        <source>Her</source>
        <translation>ខ្លួននាង</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>គ្រួសារ</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>សហគមន៍</translation>
    </message>
    <message>
        <source>School / work</source>
        <translation>សាលារៀន / ការងារ</translation>
    </message>
    <message>
        <source>Re-trafficking risk</source>
        <translation>ហានិភ័យនៃការជួញដូរម្តងទៀត</translation>
    </message>
    <message>
        <source>Assessed by</source>
        <translation>វាយតម្លៃដោយ</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>ថ្ងៃកំណត់</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>ការតាមដាន</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ស្ថានភាព</translation>
    </message>
    <message>
        <source>Visited</source>
        <translation>ថ្ងៃចុះសួរសុខទុក្ខ</translation>
    </message>
    <message>
        <source>How</source>
        <translation>វិធី</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>សុវត្ថិភាព</translation>
    </message>
    <message>
        <source>Wellbeing</source>
        <translation>សុខុមាលភាព</translation>
    </message>
    <message>
        <source>Education / work</source>
        <translation>ការសិក្សា / ការងារ</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>ហានិភ័យ</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>អ្វីដែលបានរកឃើញ</translation>
    </message>
</context>
<context>
    <name>Relations</name>
    <message>
        <source>Mother</source>
        <translation>ម្តាយ</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>ឪពុក</translation>
    </message>
    <message>
        <source>Grandmother</source>
        <translation>ជីដូន</translation>
    </message>
    <message>
        <source>Grandfather</source>
        <translation>ជីតា</translation>
    </message>
    <message>
        <source>Aunt</source>
        <translation>មីង</translation>
    </message>
    <message>
        <source>Uncle</source>
        <translation>ពូ</translation>
    </message>
    <message>
        <source>Sister</source>
        <translation>បងប្អូនស្រី</translation>
    </message>
    <message>
        <source>Brother</source>
        <translation>បងប្អូនប្រុស</translation>
    </message>
    <message>
        <source>Husband or partner</source>
        <translation>ប្តី ឬដៃគូ</translation>
    </message>
    <message>
        <source>Legal guardian</source>
        <translation>អាណាព្យាបាលស្របច្បាប់</translation>
    </message>
    <message>
        <source>Village chief</source>
        <translation>មេភូមិ</translation>
    </message>
    <message>
        <source>Neighbour</source>
        <translation>អ្នកជិតខាង</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>CSV files in a zip (*.zip)</source>
        <translation>ឯកសារ CSV ក្នុងឯកសារ zip (*.zip)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>សៀវភៅបញ្ជី Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>ឯកសារ PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Counting and protecting the summary…</source>
        <translation>កំពុងរាប់ និងការពាររបាយការណ៍សង្ខេប…</translation>
    </message>
    <message>
        <source>Period {period} · smallest published count {k} · generated on {date} · Shelter Desktop {version} · {hidden} numbers hidden in these tables</source>
        <translation>រយៈពេល {period} · ចំនួនតូចបំផុតដែលផ្សព្វផ្សាយ {k} · បង្កើតនៅថ្ងៃ {date} · Shelter Desktop {version} · លេខ {hidden} ត្រូវបានលាក់នៅក្នុងតារាងទាំងនេះ</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>សរុប</translation>
    </message>
    <message>
        <source>Share of total (%)</source>
        <translation>ភាគរយនៃចំនួនសរុប (%)</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>វិស័យ</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>អ្នកស្នាក់នៅ</translation>
    </message>
    <message>
        <source>Average change</source>
        <translation>ការប្រែប្រួលជាមធ្យម</translation>
    </message>
    <message>
        <source>Export the anonymized summary</source>
        <translation>នាំចេញរបាយការណ៍សង្ខេបដែលមិនបង្ហាញអត្តសញ្ញាណ</translation>
    </message>
    <message>
        <source>Saved to {file}. It holds counts only, with small counts hidden; it is not encrypted.</source>
        <translation>បានរក្សាទុកនៅ {file}។ ឯកសារនេះមានតែចំនួនប៉ុណ្ណោះ ដោយចំនួនតូចៗត្រូវបានលាក់។ ឯកសារនេះមិនត្រូវបានអ៊ិនគ្រីបទេ។</translation>
    </message>
    <message>
        <source>Exporting the summary…</source>
        <translation>កំពុងនាំចេញរបាយការណ៍សង្ខេប…</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>របាយការណ៍</translation>
    </message>
    <message>
        <source>Anonymized summaries for donors, partners and the Ministry: counts only, never a name or a note. Counts below the smallest published count are hidden, and so are the cells that would let someone work them out from the totals.</source>
        <translation>របាយការណ៍សង្ខេបដែលមិនបង្ហាញអត្តសញ្ញាណ សម្រាប់ម្ចាស់ជំនួយ ដៃគូ និងក្រសួង៖ មានតែចំនួនប៉ុណ្ណោះ មិនដែលមានឈ្មោះ ឬកំណត់ចំណាំទេ។ ចំនួនដែលតិចជាងចំនួនតូចបំផុតដែលអាចផ្សព្វផ្សាយបាន ត្រូវបានលាក់ ហើយក្រឡាដែលអាចឱ្យគេគណនារកចំនួនទាំងនោះពីចំនួនសរុបវិញ ក៏ត្រូវបានលាក់ដែរ។</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>រយៈពេល</translation>
    </message>
    <message>
        <source>Smallest published count</source>
        <translation>ចំនួនតូចបំផុតដែលផ្សព្វផ្សាយ</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>តារាង</translation>
    </message>
    <message>
        <source>From</source>
        <translation>ពី</translation>
    </message>
    <message>
        <source>to</source>
        <translation>ដល់</translation>
    </message>
    <message>
        <source>Years and quarters are protected together and can be published side by side. A range of months is protected on its own: do not publish it beside a year or a range that overlaps it.</source>
        <translation>ឆ្នាំ និងត្រីមាស ត្រូវបានការពាររួមគ្នា ហើយអាចផ្សព្វផ្សាយជាមួយគ្នាបាន។ ចន្លោះខែ ត្រូវបានការពារដោយឡែក៖ កុំផ្សព្វផ្សាយវានៅក្បែរឆ្នាំ ឬចន្លោះខែដែលជាន់គ្នាជាមួយវា។</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>ឆ្នាំ</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>ត្រីមាស</translation>
    </message>
    <message>
        <source>Range of months</source>
        <translation>ចន្លោះខែ</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>មើលជាមុន</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>នាំចេញជា CSV…</translation>
    </message>
    <message>
        <source>Export XLSX…</source>
        <translation>នាំចេញជា XLSX…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>នាំចេញជា PDF…</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Reset password</source>
        <translation>កំណត់ពាក្យសម្ងាត់ឡើងវិញ</translation>
    </message>
    <message>
        <source>Give {name} ({username}) a new initial password. If the account is locked after wrong passwords, the lock is cleared at once. At the next sign-in they must choose a new password of their own.</source>
        <translation>ផ្តល់ពាក្យសម្ងាត់ដំបូងថ្មីឱ្យ {name} ({username})។ បើគណនីត្រូវបានចាក់សោ ដោយសារវាយពាក្យសម្ងាត់ខុស ការចាក់សោនឹងត្រូវដកចេញភ្លាម។ នៅពេលចូលប្រើលើកក្រោយ គាត់ត្រូវជ្រើសរើសពាក្យសម្ងាត់ថ្មីរបស់ខ្លួន។</translation>
    </message>
    <message>
        <source>New initial password:</source>
        <translation>ពាក្យសម្ងាត់ដំបូងថ្មី៖</translation>
    </message>
    <message>
        <source>Repeat password:</source>
        <translation>វាយពាក្យសម្ងាត់ម្តងទៀត៖</translation>
    </message>
</context>
<context>
    <name>ResidentFileWindow</name>
    <message>
        <source>Opening the resident&apos;s file…</source>
        <translation>កំពុងបើកឯកសាររបស់អ្នកស្នាក់នៅ…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>បិទ</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>ផ្ទុកឡើងវិញ</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>ចាក់សោឥឡូវនេះ</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>ទិដ្ឋភាពទូទៅ</translation>
    </message>
    <message>
        <source>Contacts &amp;&amp; family</source>
        <translation>អ្នកទំនាក់ទំនង និងគ្រួសារ</translation>
    </message>
    <message>
        <source>Counseling</source>
        <translation>ការប្រឹក្សា</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>ការវាយតម្លៃ</translation>
    </message>
    <message>
        <source>Care plan</source>
        <translation>ផែនការថែទាំ</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>ការអប់រំ</translation>
    </message>
    <message>
        <source>Vocational</source>
        <translation>វិជ្ជាជីវៈ</translation>
    </message>
    <message>
        <source>Reintegration</source>
        <translation>ការធ្វើសមាហរណកម្ម</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>ឯកសារ</translation>
    </message>
    <message>
        <source>History</source>
        <translation>ប្រវត្តិ</translation>
    </message>
    <message>
        <source>Resident file</source>
        <translation>ឯកសារអ្នកស្នាក់នៅ</translation>
    </message>
    <message>
        <source>{case_number} — {name}</source>
        <translation>{case_number} — {name}</translation>
    </message>
    <message>
        <source>{name} (also known as {alias})</source>
        <translation>{name} (ហៅក្រៅថា {alias})</translation>
    </message>
    <message>
        <source>also known as {alias}</source>
        <translation>ហៅក្រៅថា {alias}</translation>
    </message>
    <message>
        <source>Case {case_number}</source>
        <translation>ករណី {case_number}</translation>
    </message>
    <message>
        <source>Risk: {level}</source>
        <translation>ហានិភ័យ៖ {level}</translation>
    </message>
</context>
<context>
    <name>ResidentListModel</name>
    <message>
        <source>Case number</source>
        <translation>លេខករណី</translation>
    </message>
    <message>
        <source>Khmer name</source>
        <translation>ឈ្មោះខ្មែរ</translation>
    </message>
    <message>
        <source>Latin name</source>
        <translation>ឈ្មោះឡាតាំង</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>ភេទ</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>អាយុ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ស្ថានភាព</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>ហានិភ័យ</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>ថ្ងៃចូលមណ្ឌល</translation>
    </message>
</context>
<context>
    <name>Residents</name>
    <message>
        <source>Active</source>
        <translation>កំពុងស្នាក់នៅ</translation>
    </message>
    <message>
        <source>Reintegrated</source>
        <translation>បានធ្វើសមាហរណកម្ម</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>បានផ្ទេរ</translation>
    </message>
    <message>
        <source>Absconded</source>
        <translation>បានរត់ចេញ</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>បានបិទករណី</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>ទាប</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>មធ្យម</translation>
    </message>
    <message>
        <source>High</source>
        <translation>ខ្ពស់</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>ស្រី</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>ប្រុស</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>ផ្សេងទៀត</translation>
    </message>
</context>
<context>
    <name>ResidentsPage</name>
    <message>
        <source>Searching…</source>
        <translation>កំពុងស្វែងរក…</translation>
    </message>
    <message>
        <source>No resident matches this search</source>
        <translation>គ្មានអ្នកស្នាក់នៅណាត្រូវនឹងការស្វែងរកនេះទេ</translation>
    </message>
    <message>
        <source>No residents yet</source>
        <translation>មិនទាន់មានអ្នកស្នាក់នៅនៅឡើយទេ</translation>
    </message>
    <message>
        <source>1 resident</source>
        <translation>អ្នកស្នាក់នៅ 1 នាក់</translation>
    </message>
    <message>
        <source>{n} residents</source>
        <translation>អ្នកស្នាក់នៅ {n} នាក់</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>អ្នកស្នាក់នៅ</translation>
    </message>
    <message>
        <source>&amp;New resident…</source>
        <translation>អ្នកស្នាក់នៅថ្មី (&amp;N)…</translation>
    </message>
    <message>
        <source>Admit a new resident: the intake form</source>
        <translation>ទទួលអ្នកស្នាក់នៅថ្មី៖ ទម្រង់ទទួលចូល</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>ស្វែងរក (&amp;S)៖</translation>
    </message>
    <message>
        <source>Name, alias or case number</source>
        <translation>ឈ្មោះ ឈ្មោះហៅក្រៅ ឬលេខករណី</translation>
    </message>
    <message>
        <source>Search as you type (Ctrl+F): any part of a name from its start, in Khmer or Latin letters, or a case number</source>
        <translation>ស្វែងរកពេលអ្នកវាយ (Ctrl+F)៖ ផ្នែកណាមួយនៃឈ្មោះ ចាប់ពីដើមពាក្យ ជាអក្សរខ្មែរ ឬឡាតាំង ឬលេខករណី</translation>
    </message>
    <message>
        <source>&amp;Risk:</source>
        <translation>ហានិភ័យ (&amp;R)៖</translation>
    </message>
    <message>
        <source>All risk levels</source>
        <translation>ទាំងអស់</translation>
    </message>
    <message>
        <source>A&amp;ge:</source>
        <translation>អាយុ (&amp;G)៖</translation>
    </message>
    <message>
        <source>All ages</source>
        <translation>ទាំងអស់</translation>
    </message>
    <message>
        <source>Ad&amp;mitted in:</source>
        <translation>ឆ្នាំចូល (&amp;M)៖</translation>
    </message>
    <message>
        <source>Any year</source>
        <translation>ទាំងអស់</translation>
    </message>
    <message>
        <source>C&amp;ounselor:</source>
        <translation>អ្នកប្រឹក្សា (&amp;O)៖</translation>
    </message>
    <message>
        <source>All counselors</source>
        <translation>ទាំងអស់</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>សម្អាតតម្រង (&amp;L)</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>ស្ថានភាព (&amp;T)៖</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>ទាំងអស់</translation>
    </message>
</context>
<context>
    <name>RestoreBackupButton</name>
    <message>
        <source>Restore a &amp;backup…</source>
        <translation>ស្ដារពីការបម្រុងទុក… (&amp;B)</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup – Shelter Desktop</source>
        <translation>ស្ដារពីការបម្រុងទុក – Shelter Desktop</translation>
    </message>
    <message>
        <source>The shelter database could not be opened</source>
        <translation>មិនអាចបើកមូលដ្ឋានទិន្នន័យរបស់មណ្ឌលបានទេ</translation>
    </message>
    <message>
        <source>The shelter database could not be opened: {reason} It has not been changed. You can restore the latest backup: the current file is kept aside, never deleted.</source>
        <translation>មិនអាចបើកមូលដ្ឋានទិន្នន័យរបស់មណ្ឌលបានទេ៖ {reason} វាមិនត្រូវបានកែប្រែទេ។ អ្នកអាចស្ដារការបម្រុងទុកចុងក្រោយបាន៖ ឯកសារបច្ចុប្បន្នត្រូវបានរក្សាទុកដោយឡែក មិនដែលលុបចោលទេ។</translation>
    </message>
    <message>
        <source>&amp;Backups in {folder}:</source>
        <translation>ការបម្រុងទុកនៅក្នុង {folder} (&amp;B)៖</translation>
    </message>
    <message>
        <source>There are no backups in this folder. Choose a backup file, e.g. on a USB stick.</source>
        <translation>មិនមានការបម្រុងទុកនៅក្នុងថតនេះទេ។ សូមជ្រើសរើសឯកសារបម្រុងទុក ឧទាហរណ៍នៅលើ USB។</translation>
    </message>
    <message>
        <source>&amp;Choose a backup file…</source>
        <translation>ជ្រើសរើសឯកសារបម្រុងទុក… (&amp;C)</translation>
    </message>
    <message>
        <source>Chosen file: {file}</source>
        <translation>ឯកសារដែលបានជ្រើសរើស៖ {file}</translation>
    </message>
    <message>
        <source>{reason} Enter the recovery key to restore it.</source>
        <translation>{reason} សូមបញ្ចូលកូនសោសង្គ្រោះ ដើម្បីស្ដារវា។</translation>
    </message>
    <message>
        <source>&amp;Recovery key (as written on the recovery sheet):</source>
        <translation>កូនសោសង្គ្រោះ (ដូចនៅលើសន្លឹកកូនសោសង្គ្រោះ) (&amp;R)៖</translation>
    </message>
    <message>
        <source>Open with the recovery &amp;key instead…</source>
        <translation>បើកដោយប្រើកូនសោសង្គ្រោះជំនួសវិញ… (&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>ស្ដារ (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>បន្ត (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>បិទកម្មវិធី (&amp;Q)</translation>
    </message>
    <message>
        <source>{name} – {when} – {size} MB</source>
        <translation>{name} – {when} – {size} MB</translation>
    </message>
    <message>
        <source>Restored. Press Continue to sign in.</source>
        <translation>បានស្ដាររួចហើយ។ សូមចុច បន្ត ដើម្បីចូលប្រើ។</translation>
    </message>
    <message>
        <source>Restored. The previous file was kept at {path}. Press Continue to sign in.</source>
        <translation>បានស្ដាររួចហើយ។ ឯកសារមុនត្រូវបានរក្សាទុកនៅ {path}។ សូមចុច បន្ត ដើម្បីចូលប្រើ។</translation>
    </message>
    <message>
        <source>Choose a backup file</source>
        <translation>ជ្រើសរើសឯកសារបម្រុងទុក</translation>
    </message>
    <message>
        <source>Backups (*.db);;All files (*)</source>
        <translation>ការបម្រុងទុក (*.db);;ឯកសារទាំងអស់ (*)</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>កំពុងស្ដារពីការបម្រុងទុក…</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>about {year} (estimated)</source>
        <translation>ប្រហែលឆ្នាំ {year} (ប្រហាក់ប្រហែល)</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>មិនដឹង</translation>
    </message>
    <message>
        <source>given</source>
        <translation>បានយល់ព្រម</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>មិនយល់ព្រម</translation>
    </message>
    <message>
        <source>by a guardian</source>
        <translation>ដោយអាណាព្យាបាល</translation>
    </message>
    <message>
        <source>by the resident</source>
        <translation>ដោយអ្នកស្នាក់នៅ</translation>
    </message>
    <message>
        <source>{what}: {answer} {who}, {day}</source>
        <translation>{what}៖ {answer} {who} នៅថ្ងៃ {day}</translation>
    </message>
    <message>
        <source>pregnant</source>
        <translation>មានផ្ទៃពោះ</translation>
    </message>
    <message>
        <source>Name in Khmer</source>
        <translation>ឈ្មោះជាអក្សរខ្មែរ</translation>
    </message>
    <message>
        <source>Name in Latin letters</source>
        <translation>ឈ្មោះជាអក្សរឡាតាំង</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>ឈ្មោះហៅក្រៅ</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>ភេទ</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>កើត</translation>
    </message>
    <message>
        <source>Admitted on</source>
        <translation>ថ្ងៃចូលមណ្ឌល</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>ទីកន្លែងដើម</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>មិនបានកត់ត្រា</translation>
    </message>
    <message>
        <source>Taken to</source>
        <translation>ត្រូវគេនាំទៅ</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>បញ្ជូនដោយ</translation>
    </message>
    <message>
        <source>Exploitation</source>
        <translation>ការកេងប្រវ័ញ្ច</translation>
    </message>
    <message>
        <source>Legal case</source>
        <translation>រឿងក្តី</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>សុខភាព</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>ការយល់ព្រម</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>មិនមានកត់ត្រា</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>អ្នកទំនាក់ទំនង</translation>
    </message>
    <message>
        <source>{count} recorded</source>
        <translation>បានកត់ត្រា {count}</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>កម្រិតហានិភ័យ</translation>
    </message>
    <message>
        <source>Counselor</source>
        <translation>អ្នកប្រឹក្សា</translation>
    </message>
    <message>
        <source>Saving the case file…</source>
        <translation>កំពុងរក្សាទុកឯកសារករណី…</translation>
    </message>
    <message>
        <source>Check and save</source>
        <translation>ពិនិត្យ និងរក្សាទុក</translation>
    </message>
    <message>
        <source>Read it through once more. Saving creates the case file.</source>
        <translation>សូមអានពិនិត្យម្តងទៀត។ ការរក្សាទុកនឹងបង្កើតឯកសារករណី។</translation>
    </message>
    <message>
        <source>Press Save to create the case file. A case number is given automatically.</source>
        <translation>សូមចុច «រក្សាទុក» ដើម្បីបង្កើតឯកសារករណី។ លេខករណីនឹងត្រូវផ្តល់ដោយស្វ័យប្រវត្តិ។</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Counselor</source>
        <translation>អ្នកប្រឹក្សា</translation>
    </message>
    <message>
        <source>House manager</source>
        <translation>អ្នកគ្រប់គ្រងផ្ទះ</translation>
    </message>
    <message>
        <source>Data officer</source>
        <translation>មន្ត្រីទិន្នន័យ</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>អ្នកគ្រប់គ្រងប្រព័ន្ធ</translation>
    </message>
</context>
<context>
    <name>ScopeSwitch</name>
    <message>
        <source>Only mine</source>
        <translation>តែរបស់ខ្ញុំ</translation>
    </message>
    <message>
        <source>Whole shelter</source>
        <translation>ទាំងមណ្ឌល</translation>
    </message>
</context>
<context>
    <name>ScoreChooser</name>
    <message>
        <source>Choose a score from 1 (serious concern) to 4 (good).</source>
        <translation>សូមជ្រើសរើសពិន្ទុពី 1 (បារម្ភខ្លាំង) ដល់ 4 (ល្អ)។</translation>
    </message>
    <message>
        <source>{score}: {meaning}</source>
        <translation>{score}៖ {meaning}</translation>
    </message>
</context>
<context>
    <name>ScoreHeatGrid</name>
    <message>
        <source>Not part of this assessment</source>
        <translation>មិនមែនជាផ្នែកនៃការវាយតម្លៃនេះទេ</translation>
    </message>
</context>
<context>
    <name>SettingsPanel</name>
    <message>
        <source>Loading settings</source>
        <translation>កំពុងផ្ទុកការកំណត់</translation>
    </message>
    <message>
        <source>Saving settings</source>
        <translation>កំពុងរក្សាទុកការកំណត់</translation>
    </message>
    <message>
        <source>Saved. New follow-up schedules use these months; schedules already made keep theirs.</source>
        <translation>បានរក្សាទុកហើយ។ កាលវិភាគចុះតាមដានថ្មីៗនឹងប្រើខែទាំងនេះ ចំណែកកាលវិភាគដែលបានធ្វើរួចហើយ នៅរក្សាខែដដែលរបស់វា។</translation>
    </message>
    <message>
        <source>Saved. The screen locks after {n} minutes without use.</source>
        <translation>បានរក្សាទុក។ អេក្រង់នឹងចាក់សោ បន្ទាប់ពីគ្មានការប្រើប្រាស់រយៈពេល {n} នាទី។</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(មិនទាន់កំណត់)</translation>
    </message>
    <message>
        <source>Screen lock</source>
        <translation>ការចាក់សោអេក្រង់</translation>
    </message>
    <message>
        <source>When nobody uses Shelter Desktop for this long, it hides all resident data and asks for the password again. Unsaved input is kept. Keep it short on a PC in a shared office.</source>
        <translation>បើគ្មាននរណាប្រើ Shelter Desktop ក្នុងរយៈពេលនេះ កម្មវិធីនឹងលាក់ទិន្នន័យអ្នកស្នាក់នៅទាំងអស់ ហើយសុំពាក្យសម្ងាត់ម្តងទៀត។ អ្វីដែលបានវាយបញ្ចូល តែមិនទាន់រក្សាទុក នឹងមិនបាត់ទេ។ សូមកំណត់រយៈពេលខ្លី សម្រាប់កុំព្យូទ័រនៅការិយាល័យដែលប្រើរួមគ្នា។</translation>
    </message>
    <message>
        <source>Lock after</source>
        <translation>ចាក់សោក្រោយ</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> នាទី</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>រក្សាទុក</translation>
    </message>
    <message>
        <source>Case work</source>
        <translation>ការងារករណី</translation>
    </message>
    <message>
        <source>When care plans are reviewed, residents reassessed and reintegrated residents followed up. Due work and Home show what falls due.</source>
        <translation>ពេលវេលាដែលត្រូវពិនិត្យផែនការថែទាំឡើងវិញ វាយតម្លៃអ្នកស្នាក់នៅឡើងវិញ និងចុះតាមដានអ្នកស្នាក់នៅដែលបានធ្វើសមាហរណកម្ម។ ទំព័រ «ការងារត្រូវធ្វើ» និង «ទំព័រដើម» បង្ហាញការងារដែលដល់កាលកំណត់។</translation>
    </message>
    <message>
        <source>Care plan review after:</source>
        <translation>ពិនិត្យផែនការថែទាំឡើងវិញបន្ទាប់ពី៖</translation>
    </message>
    <message>
        <source>Reassessment after:</source>
        <translation>វាយតម្លៃឡើងវិញបន្ទាប់ពី៖</translation>
    </message>
    <message>
        <source>Follow-up visits after (months):</source>
        <translation>ការចុះតាមដានបន្ទាប់ពី (ខែ)៖</translation>
    </message>
    <message>
        <source>&quot;Due soon&quot; means within:</source>
        <translation>«ជិតដល់កាលកំណត់» មានន័យថា ក្នុងរយៈពេល៖</translation>
    </message>
    <message>
        <source> months</source>
        <translation> ខែ</translation>
    </message>
    <message>
        <source> days</source>
        <translation> ថ្ងៃ</translation>
    </message>
    <message>
        <source>e.g. 1, 3, 6, 12, 18, 24</source>
        <translation>ឧ. 1, 3, 6, 12, 18, 24</translation>
    </message>
    <message>
        <source>Save case work settings</source>
        <translation>រក្សាទុកការកំណត់ការងារករណី</translation>
    </message>
    <message>
        <source>This installation</source>
        <translation>កម្មវិធីនៅលើកុំព្យូទ័រនេះ</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>ថតទិន្នន័យ៖</translation>
    </message>
    <message>
        <source>Database id:</source>
        <translation>លេខសម្គាល់មូលដ្ឋានទិន្នន័យ៖</translation>
    </message>
    <message>
        <source>The data folder holds the encrypted database and its settings. The database id tells this PC which entry in the system&apos;s credential store holds the key; it is not secret and does not open the database.</source>
        <translation>ថតទិន្នន័យផ្ទុកមូលដ្ឋានទិន្នន័យដែលបានអ៊ិនគ្រីប និងការកំណត់របស់វា។ លេខសម្គាល់មូលដ្ឋានទិន្នន័យប្រាប់កុំព្យូទ័រនេះថា កូនសោនៅត្រង់ណាក្នុងកន្លែងរក្សាទុកពាក្យសម្ងាត់របស់ប្រព័ន្ធ។ វាមិនមែនជាការសម្ងាត់ទេ ហើយមិនអាចប្រើបើកមូលដ្ឋានទិន្នន័យបានទេ។</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Set up a new shelter – Shelter Desktop</source>
        <translation>រៀបចំមណ្ឌលថ្មី – Shelter Desktop</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; ថយក្រោយ (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>បន្ទាប់ (&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&amp;Create the database</source>
        <translation>បង្កើតមូលដ្ឋានទិន្នន័យ (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>បញ្ចប់ (&amp;F)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>បោះបង់</translation>
    </message>
    <message>
        <source>The recovery key will not be shown again</source>
        <translation>កូនសោសង្គ្រោះនឹងមិនបង្ហាញម្តងទៀតទេ</translation>
    </message>
    <message>
        <source>The database has been created, but you have not confirmed that you have its recovery key. Once this window is closed, the key is never shown again.

Close anyway?</source>
        <translation>មូលដ្ឋានទិន្នន័យត្រូវបានបង្កើតហើយ ប៉ុន្តែអ្នកមិនទាន់បញ្ជាក់ថា អ្នកមានកូនសោសង្គ្រោះរបស់វានៅឡើយទេ។ ពេលបិទផ្ទាំងនេះ កូនសោនឹងមិនបង្ហាញម្តងទៀតឡើយ។

នៅតែចង់បិទឬ?</translation>
    </message>
</context>
<context>
    <name>ShelterPage</name>
    <message>
        <source>The shelter</source>
        <translation>មណ្ឌល</translation>
    </message>
    <message>
        <source>The name is printed on forms and reports.</source>
        <translation>ឈ្មោះនេះនឹងបោះពុម្ពលើទម្រង់ និងរបាយការណ៍។</translation>
    </message>
    <message>
        <source>Shelter &amp;name:</source>
        <translation>ឈ្មោះមណ្ឌល (&amp;N)៖</translation>
    </message>
    <message>
        <source>Shelter &amp;code:</source>
        <translation>លេខកូដមណ្ឌល (&amp;C)៖</translation>
    </message>
    <message>
        <source>e.g. Phnom Penh Girls&apos; Shelter</source>
        <translation>ឧ. មណ្ឌលកុមារីភ្នំពេញ</translation>
    </message>
    <message>
        <source>e.g. PP</source>
        <translation>ឧ. PP</translation>
    </message>
    <message>
        <source>2 to 6 Latin capital letters. Every case number starts with it, for example PP-2026-0042.</source>
        <translation>អក្សរឡាតាំងធំពី 2 ដល់ 6 តួ។ លេខករណីនីមួយៗចាប់ផ្តើមដោយលេខកូដនេះ ឧទាហរណ៍ PP-2026-0042។</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Main window</source>
        <translation>បង្អួចមេ</translation>
    </message>
    <message>
        <source>Residents list</source>
        <translation>បញ្ជីអ្នកស្នាក់នៅ</translation>
    </message>
    <message>
        <source>Resident file</source>
        <translation>ឯកសារអ្នកស្នាក់នៅ</translation>
    </message>
    <message>
        <source>Counseling tab</source>
        <translation>ផ្ទាំងប្រឹក្សា</translation>
    </message>
    <message>
        <source>Forms and dialogs</source>
        <translation>ទម្រង់ និងប្រអប់</translation>
    </message>
    <message>
        <source>Go to page 1 … 5 of the list on the left</source>
        <translation>ទៅកាន់ទំព័រទី 1 … 5 នៃបញ្ជីខាងឆ្វេង</translation>
    </message>
    <message>
        <source>Search residents</source>
        <translation>ស្វែងរកអ្នកស្នាក់នៅ</translation>
    </message>
    <message>
        <source>Lock the screen now</source>
        <translation>ចាក់សោអេក្រង់ឥឡូវនេះ</translation>
    </message>
    <message>
        <source>Larger or smaller text</source>
        <translation>អក្សរធំជាង ឬតូចជាង</translation>
    </message>
    <message>
        <source>Show this list of keyboard shortcuts</source>
        <translation>បង្ហាញបញ្ជីគ្រាប់ចុចកាត់នេះ</translation>
    </message>
    <message>
        <source>Help for this screen</source>
        <translation>ជំនួយសម្រាប់អេក្រង់នេះ</translation>
    </message>
    <message>
        <source>Open the selected resident&apos;s file</source>
        <translation>បើកឯកសាររបស់អ្នកស្នាក់នៅដែលបានជ្រើស</translation>
    </message>
    <message>
        <source>Next or previous tab</source>
        <translation>ផ្ទាំងបន្ទាប់ ឬមុន</translation>
    </message>
    <message>
        <source>Reload the file</source>
        <translation>ផ្ទុកឯកសារឡើងវិញ</translation>
    </message>
    <message>
        <source>Close the file window</source>
        <translation>បិទបង្អួចឯកសារ</translation>
    </message>
    <message>
        <source>New counseling note</source>
        <translation>កំណត់ចំណាំប្រឹក្សាថ្មី</translation>
    </message>
    <message>
        <source>Save the note as a draft now (never signs it)</source>
        <translation>រក្សាទុកកំណត់ចំណាំជាសេចក្តីព្រាងឥឡូវនេះ (មិនចុះហត្ថលេខាទេ)</translation>
    </message>
    <message>
        <source>Save the form (a care plan is saved as a draft)</source>
        <translation>រក្សាទុកទម្រង់ (ផែនការថែទាំត្រូវរក្សាទុកជាសេចក្តីព្រាង)</translation>
    </message>
    <message>
        <source>Close the form without saving</source>
        <translation>បិទទម្រង់ដោយមិនរក្សាទុក</translation>
    </message>
    <message>
        <source>Next or previous field</source>
        <translation>វាលបន្ទាប់ ឬមុន</translation>
    </message>
    <message>
        <source>With the underlined letter: go to that field or button</source>
        <translation>ជាមួយអក្សរដែលមានគូសបន្ទាត់ពីក្រោម៖ ទៅកាន់វាល ឬប៊ូតុងនោះ</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>គ្រាប់ចុចកាត់</translation>
    </message>
    <message>
        <source>Everything can be done with the keyboard. Tab moves to the next field; these keys do the rest.</source>
        <translation>អ្វីៗទាំងអស់អាចធ្វើបានដោយប្រើក្តារចុច។ គ្រាប់ចុច Tab ទៅកាន់វាលបន្ទាប់ ហើយគ្រាប់ចុចទាំងនេះធ្វើការងារផ្សេងទៀត។</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>ទីកន្លែង</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>គ្រាប់ចុច</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>មុខងារ</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ឬ </translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in – Shelter Desktop</source>
        <translation>ចូលប្រើ – Shelter Desktop</translation>
    </message>
    <message>
        <source>Sign in with your own user name and password. Never use someone else&apos;s account.</source>
        <translation>សូមចូលប្រើដោយឈ្មោះអ្នកប្រើ និងពាក្យសម្ងាត់ផ្ទាល់ខ្លួនរបស់អ្នក។ កុំប្រើគណនីរបស់អ្នកផ្សេងជាដាច់ខាត។</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>ឈ្មោះអ្នកប្រើ (&amp;U)៖</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>ពាក្យសម្ងាត់ (&amp;P)៖</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>ចូលប្រើ (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>បិទកម្មវិធី (&amp;Q)</translation>
    </message>
    <message>
        <source>A&amp;bout…</source>
        <translation>អំពី (&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>ភាសា (&amp;L)៖</translation>
    </message>
    <message>
        <source>Shelter Desktop</source>
        <translation>Shelter Desktop</translation>
    </message>
    <message>
        <source>{name} ({code})</source>
        <translation>{name} ({code})</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>កំពុងចូលប្រើ…</translation>
    </message>
</context>
<context>
    <name>SignoffDialog</name>
    <message>
        <source>Record sign-off</source>
        <translation>កត់ត្រាការចុះហត្ថលេខាយល់ព្រម</translation>
    </message>
    <message>
        <source>Record a signature on the printed care plan, version {version}. Keep the signed paper in the file (scan it under Documents).</source>
        <translation>កត់ត្រាហត្ថលេខានៅលើផែនការថែទាំដែលបានបោះពុម្ព កំណែទី {version}។ សូមរក្សាក្រដាសដែលបានចុះហត្ថលេខាទុកក្នុងឯកសារ (ស្កេនវាដាក់ក្នុងផ្នែក «ឯកសារ»)។</translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation>ចុះហត្ថលេខាដោយ៖</translation>
    </message>
    <message>
        <source>Name of the signer:</source>
        <translation>ឈ្មោះអ្នកចុះហត្ថលេខា៖</translation>
    </message>
    <message>
        <source>Signed on:</source>
        <translation>ថ្ងៃចុះហត្ថលេខា៖</translation>
    </message>
    <message>
        <source>As written on the paper</source>
        <translation>ដូចដែលបានសរសេរនៅលើក្រដាស</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>Loading staff accounts</source>
        <translation>កំពុងផ្ទុកគណនីបុគ្គលិក</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>មែន</translation>
    </message>
    <message>
        <source>No</source>
        <translation>ទេ</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>មិនដែល</translation>
    </message>
    <message>
        <source>{n} staff accounts.</source>
        <translation>គណនីបុគ្គលិកចំនួន {n}។</translation>
    </message>
    <message>
        <source>Enable…</source>
        <translation>បើកគណនី…</translation>
    </message>
    <message>
        <source>Disable…</source>
        <translation>បិទគណនី…</translation>
    </message>
    <message>
        <source>Enable account</source>
        <translation>បើកគណនី</translation>
    </message>
    <message>
        <source>Enable the account of {name} ({username})? They can sign in again with their current password.</source>
        <translation>តើចង់បើកគណនីរបស់ {name} ({username}) ឡើងវិញឬ? គាត់អាចចូលប្រើម្តងទៀត ដោយពាក្យសម្ងាត់បច្ចុប្បន្នរបស់គាត់។</translation>
    </message>
    <message>
        <source>Disable account</source>
        <translation>បិទគណនី</translation>
    </message>
    <message>
        <source>Disable the account of {name} ({username})? They can no longer sign in, from the moment they next try. Nothing they wrote is deleted, the audit log keeps their actions, and you can enable the account again later.</source>
        <translation>តើចង់បិទគណនីរបស់ {name} ({username}) ឬ? ចាប់ពីពេលដែលគាត់ព្យាយាមចូលលើកក្រោយ គាត់នឹងមិនអាចចូលប្រើបានទៀតទេ។ អ្វីដែលគាត់បានសរសេរ មិនត្រូវបានលុបទេ កំណត់ត្រាសវនកម្មនៅតែរក្សាសកម្មភាពរបស់គាត់ ហើយអ្នកអាចបើកគណនីនេះឡើងវិញនៅពេលក្រោយ។</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>បោះបង់</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>កំពុងរក្សាទុក</translation>
    </message>
    <message>
        <source>Everyone who uses Shelter Desktop has their own account. Never share an account: the audit log records who did what under each user name.</source>
        <translation>អ្នកប្រើ Shelter Desktop ម្នាក់ៗមានគណនីផ្ទាល់ខ្លួន។ កុំចែករំលែកគណនីជាដាច់ខាត៖ កំណត់ត្រាសវនកម្មកត់ត្រាថា អ្នកណាបានធ្វើអ្វី តាមឈ្មោះអ្នកប្រើនីមួយៗ។</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>ឈ្មោះអ្នកប្រើ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ឈ្មោះ</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>តួនាទី</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>សកម្ម</translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation>ត្រូវប្តូរពាក្យសម្ងាត់</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>ចាក់សោរហូតដល់</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>ចូលប្រើចុងក្រោយ</translation>
    </message>
    <message>
        <source>Add staff…</source>
        <translation>បន្ថែមបុគ្គលិក…</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>កំណត់ពាក្យសម្ងាត់ឡើងវិញ…</translation>
    </message>
</context>
<context>
    <name>Summaries</name>
    <message>
        <source>The smallest count to publish must be a whole number from {low} to {high}. Type a number in that range (5 is usual).</source>
        <translation>ចំនួនតូចបំផុតដែលត្រូវផ្សព្វផ្សាយ ត្រូវតែជាចំនួនគត់ពី {low} ដល់ {high}។ សូមវាយលេខមួយក្នុងចន្លោះនោះ (ជាធម្មតាគឺ 5)។</translation>
    </message>
    <message>
        <source>Fewer than {k}: hidden to protect identities</source>
        <translation>តិចជាង {k}៖ ត្រូវបានលាក់ ដើម្បីការពារអត្តសញ្ញាណ</translation>
    </message>
    <message>
        <source>Hidden so that another hidden number cannot be worked out from the totals</source>
        <translation>ត្រូវបានលាក់ ដើម្បីកុំឱ្យគេអាចគណនារកលេខផ្សេងទៀតដែលត្រូវបានលាក់ ពីចំនួនសរុបបាន</translation>
    </message>
    <message>
        <source>Admissions by month and sex</source>
        <translation>ការចូលមណ្ឌល តាមខែ និងភេទ</translation>
    </message>
    <message>
        <source>Exits by month and reason</source>
        <translation>ការចាកចេញពីមណ្ឌល តាមខែ និងមូលហេតុ</translation>
    </message>
    <message>
        <source>Residents admitted, by age at admission and sex</source>
        <translation>អ្នកស្នាក់នៅដែលបានចូលមណ្ឌល តាមអាយុពេលចូលមណ្ឌល និងភេទ</translation>
    </message>
    <message>
        <source>Residents admitted, by nationality</source>
        <translation>អ្នកស្នាក់នៅដែលបានចូលមណ្ឌល តាមសញ្ជាតិ</translation>
    </message>
    <message>
        <source>Residents admitted, by province of origin</source>
        <translation>អ្នកស្នាក់នៅដែលបានចូលមណ្ឌល តាមខេត្ត ឬរាជធានីដើម</translation>
    </message>
    <message>
        <source>Residents admitted, by referral source</source>
        <translation>អ្នកស្នាក់នៅដែលបានចូលមណ្ឌល តាមប្រភពនៃការបញ្ជូន</translation>
    </message>
    <message>
        <source>Residents admitted, by type of exploitation</source>
        <translation>អ្នកស្នាក់នៅដែលបានចូលមណ្ឌល តាមប្រភេទនៃការកេងប្រវ័ញ្ច</translation>
    </message>
    <message>
        <source>Education: residents by programme and status</source>
        <translation>ការអប់រំ៖ អ្នកស្នាក់នៅ តាមកម្មវិធីសិក្សា និងស្ថានភាព</translation>
    </message>
    <message>
        <source>Vocational training: residents by trade and status</source>
        <translation>បណ្តុះបណ្តាលវិជ្ជាជីវៈ៖ អ្នកស្នាក់នៅ តាមជំនាញ និងស្ថានភាព</translation>
    </message>
    <message>
        <source>Vocational training: residents placed in work</source>
        <translation>បណ្តុះបណ្តាលវិជ្ជាជីវៈ៖ អ្នកស្នាក់នៅដែលបានទទួលការងារធ្វើ</translation>
    </message>
    <message>
        <source>Reintegration decisions by type and status</source>
        <translation>ការសម្រេចចិត្តលើការធ្វើសមាហរណកម្ម តាមប្រភេទ និងស្ថានភាព</translation>
    </message>
    <message>
        <source>Follow-up visits due in the period, by outcome</source>
        <translation>ការចុះតាមដានដែលដល់កាលកំណត់ក្នុងរយៈពេលនេះ តាមលទ្ធផល</translation>
    </message>
    <message>
        <source>Average change per assessment domain</source>
        <translation>ការប្រែប្រួលជាមធ្យម តាមវិស័យនៃការវាយតម្លៃ</translation>
    </message>
    <message>
        <source>Choose a year from {low} to {high}: a summary cannot cover the future.</source>
        <translation>សូមជ្រើសរើសឆ្នាំពី {low} ដល់ {high}៖ របាយការណ៍សង្ខេបមិនអាចគ្របដណ្ដប់ពេលអនាគតបានទេ។</translation>
    </message>
    <message>
        <source>Choose a quarter from 1 to 4.</source>
        <translation>សូមជ្រើសរើសត្រីមាសពី 1 ដល់ 4។</translation>
    </message>
    <message>
        <source>The last month must not come before the first month. Choose the months again.</source>
        <translation>ខែចុងក្រោយមិនត្រូវនៅមុនខែដំបូងទេ។ សូមជ្រើសរើសខែម្ដងទៀត។</translation>
    </message>
    <message>
        <source>A summary covers at most {months} months. Choose a shorter range.</source>
        <translation>របាយការណ៍សង្ខេបមួយគ្របដណ្ដប់បានយ៉ាងច្រើន {months} ខែ។ សូមជ្រើសរើសចន្លោះពេលខ្លីជាងនេះ។</translation>
    </message>
    <message>
        <source>The first month is in the future. Choose a period that has begun.</source>
        <translation>ខែដំបូងជាខែអនាគត។ សូមជ្រើសរើសរយៈពេលដែលបានចាប់ផ្ដើមហើយ។</translation>
    </message>
    <message>
        <source>Choose at least one table for the summary.</source>
        <translation>សូមជ្រើសរើសតារាងយ៉ាងហោចណាស់មួយ សម្រាប់របាយការណ៍សង្ខេប។</translation>
    </message>
    <message>
        <source>There is no summary table called {name}.</source>
        <translation>គ្មានតារាងសង្ខេបដែលមានឈ្មោះ {name} ទេ។</translation>
    </message>
    <message>
        <source>Choose CSV, XLSX or PDF as the format of the export.</source>
        <translation>សូមជ្រើសរើស CSV, XLSX ឬ PDF ជាទម្រង់នៃការនាំចេញ។</translation>
    </message>
    <message>
        <source>The export was cancelled. Nothing was written.</source>
        <translation>ការនាំចេញត្រូវបានបោះបង់។ គ្មានអ្វីត្រូវបានសរសេរទេ។</translation>
    </message>
</context>
<context>
    <name>SummaryChart</name>
    <message>
        <source>A break in a line is a hidden count: fewer than {k} people, or hidden so that another hidden number cannot be worked out from the totals.</source>
        <translation>កន្លែងដែលខ្សែដាច់ គឺជាចំនួនដែលបានលាក់៖ តិចជាង {k} នាក់ ឬលាក់ដើម្បីកុំឱ្យគេគណនាលេខដែលបានលាក់ផ្សេងទៀតពីចំនួនសរុប។</translation>
    </message>
    <message>
        <source>Published totals</source>
        <translation>ចំនួនសរុបដែលផ្សព្វផ្សាយ</translation>
    </message>
    <message>
        <source>Published counts by month</source>
        <translation>ចំនួនដែលផ្សព្វផ្សាយ តាមខែ</translation>
    </message>
</context>
<context>
    <name>TermResultDialog</name>
    <message>
        <source>Add term result</source>
        <translation>បន្ថែមលទ្ធផលឆមាស</translation>
    </message>
    <message>
        <source>Term result for {enrolment}. Enter a score, a result in words, the attendance, or all three.</source>
        <translation>លទ្ធផលឆមាសសម្រាប់ {enrolment}។ សូមបញ្ចូលពិន្ទុ លទ្ធផលជាពាក្យ វត្តមាន ឬទាំងបី។</translation>
    </message>
    <message>
        <source>Term:</source>
        <translation>ឆមាស៖</translation>
    </message>
    <message>
        <source>Date of the result:</source>
        <translation>កាលបរិច្ឆេទនៃលទ្ធផល៖</translation>
    </message>
    <message>
        <source>Score (out of 100):</source>
        <translation>ពិន្ទុ (លើ 100)៖</translation>
    </message>
    <message>
        <source>Result in words:</source>
        <translation>លទ្ធផលជាពាក្យ៖</translation>
    </message>
    <message>
        <source>Attendance:</source>
        <translation>វត្តមាន៖</translation>
    </message>
    <message>
        <source>e.g. Term 1, 2026</source>
        <translation>ឧ. ឆមាសទី 1 ឆ្នាំ 2026</translation>
    </message>
    <message>
        <source>e.g. Passed, Good, Grade B</source>
        <translation>ឧ. ជាប់ ល្អ និទ្ទេស B</translation>
    </message>
    <message>
        <source>No score</source>
        <translation>គ្មានពិន្ទុ</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>មិនបានកត់ត្រា</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Add result</source>
        <translation>បន្ថែមលទ្ធផល</translation>
    </message>
</context>
<context>
    <name>TrainingDialog</name>
    <message>
        <source>Add training</source>
        <translation>បន្ថែមវគ្គបណ្តុះបណ្តាល</translation>
    </message>
    <message>
        <source>Change training</source>
        <translation>កែវគ្គបណ្តុះបណ្តាល</translation>
    </message>
    <message>
        <source>A vocational training she follows or will follow. Record milestones and a job placement after saving.</source>
        <translation>វគ្គបណ្តុះបណ្តាលវិជ្ជាជីវៈ ដែលនាងកំពុងរៀន ឬនឹងចូលរៀន។ សូមកត់ត្រាសមិទ្ធផល និងការងារ បន្ទាប់ពីរក្សាទុក។</translation>
    </message>
    <message>
        <source>Trade:</source>
        <translation>ជំនាញ៖</translation>
    </message>
    <message>
        <source>Training provider:</source>
        <translation>អ្នកផ្តល់ការបណ្តុះបណ្តាល៖</translation>
    </message>
    <message>
        <source>Start date:</source>
        <translation>ថ្ងៃចាប់ផ្តើម៖</translation>
    </message>
    <message>
        <source>End date:</source>
        <translation>ថ្ងៃបញ្ចប់៖</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>ស្ថានភាព៖</translation>
    </message>
    <message>
        <source>Start-up kit:</source>
        <translation>សម្ភារៈចាប់ផ្តើមរបរ៖</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>ដឹង</translation>
    </message>
    <message>
        <source>The day it ended, or the day it is planned to end.</source>
        <translation>ថ្ងៃដែលវាបានបញ្ចប់ ឬថ្ងៃដែលគ្រោងនឹងបញ្ចប់។</translation>
    </message>
    <message>
        <source>e.g. the shelter workshop, a training centre</source>
        <translation>ឧ. សិក្ខាសាលាក្នុងមណ្ឌល មជ្ឈមណ្ឌលបណ្តុះបណ្តាល</translation>
    </message>
    <message>
        <source>e.g. sewing machine, hairdressing tools</source>
        <translation>ឧ. ម៉ាស៊ីនដេរ ឧបករណ៍កាត់សក់</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>រក្សាទុកការកែប្រែ</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Open the shelter database – Shelter Desktop</source>
        <translation>បើកមូលដ្ឋានទិន្នន័យមណ្ឌល – Shelter Desktop</translation>
    </message>
    <message>
        <source>The recovery key is needed</source>
        <translation>ត្រូវការកូនសោសង្គ្រោះ</translation>
    </message>
    <message>
        <source>Database folder: {folder}</source>
        <translation>ថតមូលដ្ឋានទិន្នន័យ៖ {folder}</translation>
    </message>
    <message>
        <source>&amp;Recovery key (as written on the recovery sheet):</source>
        <translation>កូនសោសង្គ្រោះ (ដូចនៅលើសន្លឹកកូនសោសង្គ្រោះ) (&amp;R)៖</translation>
    </message>
    <message>
        <source>&amp;Remember the key on this computer</source>
        <translation>ចងចាំកូនសោនៅលើកុំព្យូទ័រនេះ (&amp;R)</translation>
    </message>
    <message>
        <source>Keeps the key in this computer&apos;s password store, so it is not asked at the next start. Leave it unticked on a computer that other people use.</source>
        <translation>រក្សាទុកកូនសោក្នុងកន្លែងរក្សាទុកពាក្យសម្ងាត់របស់កុំព្យូទ័រនេះ ដូច្នេះលើកក្រោយកម្មវិធីនឹងមិនសួររកវាទៀតទេ។ កុំធីកប្រអប់នេះ បើកុំព្យូទ័រនេះមានអ្នកផ្សេងប្រើដែរ។</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>បើក (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>បិទកម្មវិធី (&amp;Q)</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>កំពុងបើកមូលដ្ឋានទិន្នន័យ…</translation>
    </message>
</context>
<context>
    <name>ViewMenu</name>
    <message>
        <source>&amp;View</source>
        <translation>បង្ហាញ (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Text size</source>
        <translation>ទំហំអក្សរ (&amp;T)</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>{percent} % (normal)</source>
        <translation>{percent} % (ធម្មតា)</translation>
    </message>
    <message>
        <source>&amp;Larger</source>
        <translation>ធំជាងនេះ (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Smaller</source>
        <translation>តូចជាងនេះ (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>គ្រាប់ចុចកាត់ (&amp;K)…</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>Unscheduled follow-up visit</source>
        <translation>ការចុះតាមដានក្រៅកាលវិភាគ</translation>
    </message>
    <message>
        <source>A visit or call outside the schedule, for example after a worry.</source>
        <translation>ការចុះជួប ឬការហៅទូរសព្ទក្រៅកាលវិភាគ ឧទាហរណ៍ បន្ទាប់ពីមានការព្រួយបារម្ភ។</translation>
    </message>
    <message>
        <source>Record follow-up visit</source>
        <translation>កត់ត្រាការចុះតាមដាន</translation>
    </message>
    <message>
        <source>The {months}-month follow-up, due on {date}.</source>
        <translation>ការចុះតាមដានក្រោយ {months} ខែ ដែលត្រូវធ្វើនៅថ្ងៃ {date}។</translation>
    </message>
    <message>
        <source>A visit outside the schedule.</source>
        <translation>ការចុះជួបក្រៅកាលវិភាគ។</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>មិនបានវាយតម្លៃ</translation>
    </message>
    <message>
        <source>Choose the risk…</source>
        <translation>ជ្រើសរើសកម្រិតហានិភ័យ…</translation>
    </message>
    <message>
        <source>Visited on:</source>
        <translation>ថ្ងៃចុះតាមដាន៖</translation>
    </message>
    <message>
        <source>How:</source>
        <translation>តាមរបៀប៖</translation>
    </message>
    <message>
        <source>Safety:</source>
        <translation>សុវត្ថិភាព៖</translation>
    </message>
    <message>
        <source>Wellbeing:</source>
        <translation>សុខុមាលភាព៖</translation>
    </message>
    <message>
        <source>Family relations:</source>
        <translation>ទំនាក់ទំនងគ្រួសារ៖</translation>
    </message>
    <message>
        <source>Education or work:</source>
        <translation>ការសិក្សា ឬការងារ៖</translation>
    </message>
    <message>
        <source>Re-trafficking risk:</source>
        <translation>ហានិភ័យនៃការជួញដូរម្ដងទៀត៖</translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation>អ្វីដែលបានរកឃើញ៖</translation>
    </message>
    <message>
        <source>Risks:</source>
        <translation>ហានិភ័យ៖</translation>
    </message>
    <message>
        <source>Next steps:</source>
        <translation>ជំហានបន្ទាប់៖</translation>
    </message>
    <message>
        <source>How she is, where she lives, who you met, what they said</source>
        <translation>នាងសុខសប្បាយយ៉ាងណា នាងរស់នៅទីណា អ្នកបានជួបនរណា និងពួកគេបាននិយាយអ្វីខ្លះ</translation>
    </message>
    <message>
        <source>Save visit</source>
        <translation>រក្សាទុកការចុះតាមដាន</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Female</source>
        <translation>ស្រី</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>ប្រុស</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>ផ្សេងទៀត</translation>
    </message>
    <message>
        <source>Cambodian</source>
        <translation>ខ្មែរ</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>វៀតណាម</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>ថៃ</translation>
    </message>
    <message>
        <source>Lao</source>
        <translation>ឡាវ</translation>
    </message>
    <message>
        <source>Myanmar</source>
        <translation>មីយ៉ាន់ម៉ា</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>ចិន</translation>
    </message>
    <message>
        <source>Other or unknown</source>
        <translation>ផ្សេងទៀត ឬមិនដឹង</translation>
    </message>
    <message>
        <source>Khmer</source>
        <translation>ខ្មែរ</translation>
    </message>
    <message>
        <source>English</source>
        <translation>អង់គ្លេស</translation>
    </message>
    <message>
        <source>Other language</source>
        <translation>ភាសាផ្សេងទៀត</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>នគរបាល</translation>
    </message>
    <message>
        <source>Anti-trafficking police</source>
        <translation>នគរបាលប្រឆាំងការជួញដូរមនុស្ស</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>តុលាការ</translation>
    </message>
    <message>
        <source>Local authority</source>
        <translation>អាជ្ញាធរមូលដ្ឋាន</translation>
    </message>
    <message>
        <source>NGO</source>
        <translation>អង្គការក្រៅរដ្ឋាភិបាល</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>សហគមន៍</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>ក្រុមគ្រួសារ</translation>
    </message>
    <message>
        <source>Self-referred</source>
        <translation>មកដោយខ្លួនឯង</translation>
    </message>
    <message>
        <source>Sexual exploitation</source>
        <translation>ការកេងប្រវ័ញ្ចផ្លូវភេទ</translation>
    </message>
    <message>
        <source>Forced labour</source>
        <translation>ពលកម្មដោយបង្ខំ</translation>
    </message>
    <message>
        <source>Forced begging</source>
        <translation>ការបង្ខំឱ្យសុំទាន</translation>
    </message>
    <message>
        <source>Domestic servitude</source>
        <translation>ការបង្ខំឱ្យបម្រើការងារផ្ទះ</translation>
    </message>
    <message>
        <source>Forced marriage</source>
        <translation>ការរៀបការដោយបង្ខំ</translation>
    </message>
    <message>
        <source>Rape or sexual abuse</source>
        <translation>ការរំលោភសេពសន្ថវៈ ឬការរំលោភបំពានផ្លូវភេទ</translation>
    </message>
    <message>
        <source>No legal case</source>
        <translation>គ្មានរឿងក្តី</translation>
    </message>
    <message>
        <source>Complaint filed</source>
        <translation>បានដាក់ពាក្យបណ្តឹង</translation>
    </message>
    <message>
        <source>Under investigation</source>
        <translation>កំពុងស៊ើបអង្កេត</translation>
    </message>
    <message>
        <source>At trial</source>
        <translation>កំពុងជំនុំជម្រះ</translation>
    </message>
    <message>
        <source>Verdict given</source>
        <translation>បានប្រកាសសាលក្រម</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>បានបិទរឿងក្តី</translation>
    </message>
    <message>
        <source>Care in the shelter and keeping a case file</source>
        <translation>ការថែទាំក្នុងមណ្ឌល និងការរក្សាទុកឯកសារករណី</translation>
    </message>
    <message>
        <source>Taking a photo for the case file</source>
        <translation>ការថតរូបសម្រាប់ឯកសារករណី</translation>
    </message>
    <message>
        <source>Medical examination and treatment</source>
        <translation>ការពិនិត្យ និងព្យាបាលសុខភាព</translation>
    </message>
    <message>
        <source>Sharing information with the authorities</source>
        <translation>ការចែករំលែកព័ត៌មានជាមួយអាជ្ញាធរ</translation>
    </message>
    <message>
        <source>No concern</source>
        <translation>គ្មានការព្រួយបារម្ភ</translation>
    </message>
    <message>
        <source>No contact</source>
        <translation>មិនត្រូវឱ្យទាក់ទង</translation>
    </message>
    <message>
        <source>Suspected involvement</source>
        <translation>សង្ស័យថាពាក់ព័ន្ធ</translation>
    </message>
    <message>
        <source>Self-harm</source>
        <translation>ការធ្វើបាបខ្លួនឯង</translation>
    </message>
    <message>
        <source>Risk of leaving the shelter</source>
        <translation>អាចរត់ចេញពីមណ្ឌល</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>សុខភាព</translation>
    </message>
    <message>
        <source>New disclosure</source>
        <translation>ការប្រាប់រឿងថ្មី</translation>
    </message>
    <message>
        <source>Khmer literacy (non-formal)</source>
        <translation>អក្ខរកម្មខ្មែរ (ក្រៅប្រព័ន្ធ)</translation>
    </message>
    <message>
        <source>Maths (non-formal)</source>
        <translation>គណិតវិទ្យា (ក្រៅប្រព័ន្ធ)</translation>
    </message>
    <message>
        <source>English (non-formal)</source>
        <translation>ភាសាអង់គ្លេស (ក្រៅប្រព័ន្ធ)</translation>
    </message>
    <message>
        <source>Public school</source>
        <translation>សាលារដ្ឋ</translation>
    </message>
    <message>
        <source>Kindergarten</source>
        <translation>សាលាមត្តេយ្យ</translation>
    </message>
    <message>
        <source>Life skills</source>
        <translation>បំណិនជីវិត</translation>
    </message>
    <message>
        <source>Sewing</source>
        <translation>កាត់ដេរ</translation>
    </message>
    <message>
        <source>Hairdressing</source>
        <translation>កាត់សក់</translation>
    </message>
    <message>
        <source>Motorbike repair</source>
        <translation>ជួសជុលម៉ូតូ</translation>
    </message>
    <message>
        <source>Animal raising</source>
        <translation>ចិញ្ចឹមសត្វ</translation>
    </message>
    <message>
        <source>Cooking</source>
        <translation>ធ្វើម្ហូប</translation>
    </message>
    <message>
        <source>Computer skills</source>
        <translation>ជំនាញកុំព្យូទ័រ</translation>
    </message>
    <message>
        <source>Weaving</source>
        <translation>តម្បាញ</translation>
    </message>
    <message>
        <source>Beauty</source>
        <translation>សម្អាង</translation>
    </message>
    <message>
        <source>Other trade</source>
        <translation>ជំនាញផ្សេងទៀត</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>គ្រោងទុក</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>កំពុងដំណើរការ</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>បានបញ្ចប់</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>បានឈប់</translation>
    </message>
    <message>
        <source>Consent form</source>
        <translation>លិខិតយល់ព្រម</translation>
    </message>
    <message>
        <source>Court paper</source>
        <translation>ឯកសារតុលាការ</translation>
    </message>
    <message>
        <source>Medical certificate</source>
        <translation>វិញ្ញាបនបត្រវេជ្ជសាស្ត្រ</translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation>ឯកសារអត្តសញ្ញាណ</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>រូបថត</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>ឯកសារផ្សេងទៀត</translation>
    </message>
</context>
<context>
    <name>VocationalChart</name>
    <message>
        <source>No training recorded yet</source>
        <translation>មិនទាន់មានវគ្គបណ្តុះបណ្តាលកត់ត្រានៅឡើយទេ</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>សមិទ្ធផល</translation>
    </message>
    <message>
        <source>Job started</source>
        <translation>ចាប់ផ្តើមការងារ</translation>
    </message>
</context>
<context>
    <name>VocationalTab</name>
    <message>
        <source>Loading vocational training</source>
        <translation>កំពុងផ្ទុកវគ្គបណ្តុះបណ្តាលវិជ្ជាជីវៈ</translation>
    </message>
    <message>
        <source>{employer}, since {date}</source>
        <translation>{employer} តាំងពី {date}</translation>
    </message>
    <message>
        <source>{amount} USD a month</source>
        <translation>{amount} ដុល្លារក្នុងមួយខែ</translation>
    </message>
    <message>
        <source>No training recorded yet.</source>
        <translation>មិនទាន់មានវគ្គបណ្តុះបណ្តាលកត់ត្រានៅឡើយទេ។</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>សមិទ្ធផល</translation>
    </message>
    <message>
        <source>Milestones: {trade}</source>
        <translation>សមិទ្ធផល៖ {trade}</translation>
    </message>
    <message>
        <source>Showing the latest {shown} of {total} milestones.</source>
        <translation>បង្ហាញសមិទ្ធផលចុងក្រោយ {shown} ក្នុងចំណោម {total}។</translation>
    </message>
    <message>
        <source>No milestone recorded for this training yet.</source>
        <translation>មិនទាន់មានសមិទ្ធផលកត់ត្រាសម្រាប់វគ្គបណ្តុះបណ្តាលនេះនៅឡើយទេ។</translation>
    </message>
    <message>
        <source>Loading earlier milestones</source>
        <translation>កំពុងផ្ទុកសមិទ្ធផលមុនៗ</translation>
    </message>
    <message>
        <source>Add training…</source>
        <translation>បន្ថែមវគ្គបណ្តុះបណ្តាល…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>កែ…</translation>
    </message>
    <message>
        <source>Add milestone…</source>
        <translation>បន្ថែមសមិទ្ធផល…</translation>
    </message>
    <message>
        <source>Record job placement…</source>
        <translation>កត់ត្រាការងារ…</translation>
    </message>
    <message>
        <source>Trainings over time</source>
        <translation>វគ្គបណ្តុះបណ្តាលតាមពេលវេលា</translation>
    </message>
    <message>
        <source>Show earlier milestones</source>
        <translation>បង្ហាញសមិទ្ធផលមុនៗ</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>វគ្គបណ្តុះបណ្តាល</translation>
    </message>
    <message>
        <source>Trade</source>
        <translation>ជំនាញ</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>អ្នកផ្តល់</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>ចាប់ផ្តើម</translation>
    </message>
    <message>
        <source>End</source>
        <translation>បញ្ចប់</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ស្ថានភាព</translation>
    </message>
    <message>
        <source>Start-up kit</source>
        <translation>សម្ភារៈចាប់ផ្តើមរបរ</translation>
    </message>
    <message>
        <source>Job placement</source>
        <translation>ការងារ</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>ប្រាក់ចំណូល</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>កាលបរិច្ឆេទ</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>សមិទ្ធផល</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Set up a new shelter</source>
        <translation>រៀបចំមណ្ឌលថ្មី</translation>
    </message>
    <message>
        <source>This takes about five minutes.</source>
        <translation>ការនេះចំណាយពេលប្រហែលប្រាំនាទី។</translation>
    </message>
    <message>
        <source>Shelter Desktop keeps every resident&apos;s case file in one database on this computer. The database is encrypted: without its key nobody can read it, even with the computer in their hands.</source>
        <translation>Shelter Desktop រក្សាទុកឯកសារករណីរបស់អ្នកស្នាក់នៅម្នាក់ៗ នៅក្នុងមូលដ្ឋានទិន្នន័យតែមួយ លើកុំព្យូទ័រនេះ។ មូលដ្ឋានទិន្នន័យត្រូវបានអ៊ិនគ្រីប៖ បើគ្មានកូនសោរបស់វា គ្មាននរណាអាចអានវាបានទេ ទោះបីជាគេមានកុំព្យូទ័រនេះនៅក្នុងដៃក៏ដោយ។</translation>
    </message>
    <message>
        <source>What will happen:
1. You enter the shelter&apos;s name and a short code.
2. You create the first administrator account (your own).
3. The database is created, and its recovery key is shown ONCE. The recovery key is a long code that opens the database on another computer, after this one is repaired, and from old backups. Print the recovery sheet (or write the key on paper) and keep it in a locked cabinet: not on this computer, not in an email, not as a photo on a phone.
4. You type two parts of the key again to show that you have it.
5. Then, as administrator, choose where backups go: a USB stick or another folder, not only this computer.</source>
        <translation>អ្វីដែលនឹងកើតឡើង៖
1. អ្នកបញ្ចូលឈ្មោះមណ្ឌល និងកូដខ្លីមួយ។
2. អ្នកបង្កើតគណនីអ្នកគ្រប់គ្រងប្រព័ន្ធដំបូង (គណនីរបស់អ្នកផ្ទាល់)។
3. មូលដ្ឋានទិន្នន័យត្រូវបានបង្កើត ហើយកូនសោសង្គ្រោះរបស់វាត្រូវបានបង្ហាញតែម្តងគត់។ កូនសោសង្គ្រោះ គឺជាលេខកូដវែងមួយ ដែលបើកមូលដ្ឋានទិន្នន័យនៅលើកុំព្យូទ័រផ្សេង ក្រោយពេលជួសជុលកុំព្យូទ័រនេះ និងពីការបម្រុងទុកចាស់ៗ។ សូមបោះពុម្ពសន្លឹកកូនសោសង្គ្រោះ (ឬសរសេរកូនសោលើក្រដាស) ហើយទុកវាក្នុងទូដែលចាក់សោ៖ មិនមែនលើកុំព្យូទ័រនេះ មិនមែនក្នុងអ៊ីមែល មិនមែនជារូបថតក្នុងទូរស័ព្ទទេ។
4. អ្នកវាយផ្នែកពីរនៃកូនសោម្តងទៀត ដើម្បីបង្ហាញថាអ្នកមានវា។
5. បន្ទាប់មក ក្នុងនាមជាអ្នកគ្រប់គ្រងប្រព័ន្ធ សូមជ្រើសរើសកន្លែងរក្សាការបម្រុងទុក៖ USB ឬថតផ្សេងមួយទៀត មិនមែនតែលើកុំព្យូទ័រនេះទេ។</translation>
    </message>
</context>
<context>
    <name>_StaffFormDialog</name>
    <message>
        <source>The two passwords are not the same. Type the initial password again in both boxes.</source>
        <translation>ពាក្យសម្ងាត់ទាំងពីរមិនដូចគ្នាទេ។ សូមវាយពាក្យសម្ងាត់ដំបូងម្តងទៀតក្នុងប្រអប់ទាំងពីរ។</translation>
    </message>
    <message>
        <source>At least {n} characters. Tell it to the person in private.</source>
        <translation>យ៉ាងហោចណាស់ {n} តួអក្សរ។ សូមប្រាប់វាទៅម្ចាស់គណនីដោយសម្ងាត់។</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>បោះបង់</translation>
    </message>
</context>
</TS>
