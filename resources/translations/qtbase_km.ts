<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!--
  Khmer for Qt's own built-in texts (Qt ships no qtbase_km.qm): the right-click menus of text
  fields, standard dialog buttons, wizard buttons, Qt's file and print dialogs. Hand-maintained:
  `python tools/translations.py update` never touches it (these strings are not in our code).
  Sources, contexts and disambiguations (<comment>) are exactly what Qt 6 asks for; check a new
  Qt version with tests/ui/test_qt_khmer.py. `python tools/translations.py compile` makes the .qm.
  Keyboard names (Ctrl, Shift, ...) stay English: Khmer keyboards are labelled in Latin.
-->
<TS version="2.1" language="km_KH">
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>មិនធ្វើវិញ (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>ធ្វើវិញ (&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>កាត់ (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>ចម្លង (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>បិទភ្ជាប់ (&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>លុប</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>ជ្រើសរើសទាំងអស់</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>មិនធ្វើវិញ (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>ធ្វើវិញ (&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>កាត់ (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>ចម្លង (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>បិទភ្ជាប់ (&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>លុប</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>ជ្រើសរើសទាំងអស់</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>ចម្លងអាសយដ្ឋានតំណ (&amp;L)</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>ជ្រើសរើសទាំងអស់ (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>បង្កើនមួយកម្រិត (&amp;S)</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>បន្ថយមួយកម្រិត (&amp;D)</translation>
    </message>
</context>
<context>
    <name>QScrollBar</name>
    <message>
        <source>Scroll here</source>
        <translation>រំកិលមកទីនេះ</translation>
    </message>
    <message>
        <source>Left edge</source>
        <translation>គែមខាងឆ្វេង</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>ខាងលើបំផុត</translation>
    </message>
    <message>
        <source>Right edge</source>
        <translation>គែមខាងស្តាំ</translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation>ខាងក្រោមបំផុត</translation>
    </message>
    <message>
        <source>Page left</source>
        <translation>មួយទំព័រទៅឆ្វេង</translation>
    </message>
    <message>
        <source>Page up</source>
        <translation>មួយទំព័រឡើងលើ</translation>
    </message>
    <message>
        <source>Page right</source>
        <translation>មួយទំព័រទៅស្តាំ</translation>
    </message>
    <message>
        <source>Page down</source>
        <translation>មួយទំព័រចុះក្រោម</translation>
    </message>
    <message>
        <source>Scroll left</source>
        <translation>រំកិលទៅឆ្វេង</translation>
    </message>
    <message>
        <source>Scroll up</source>
        <translation>រំកិលឡើងលើ</translation>
    </message>
    <message>
        <source>Scroll right</source>
        <translation>រំកិលទៅស្តាំ</translation>
    </message>
    <message>
        <source>Scroll down</source>
        <translation>រំកិលចុះក្រោម</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>យល់ព្រម</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>រក្សាទុក</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>រក្សាទុកទាំងអស់</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>បើក</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>បាទ/ចាស (&amp;Y)</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>បាទ/ចាស ទាំងអស់ (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>ទេ (&amp;N)</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>ទេ ទាំងអស់ (&amp;O)</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>បញ្ឈប់</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>ព្យាយាមម្តងទៀត</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>មិនអើពើ</translation>
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
        <source>Discard</source>
        <translation>មិនរក្សាទុក</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>ជំនួយ</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>អនុវត្ត</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>កំណត់ឡើងវិញ</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>ស្តារលំនាំដើមវិញ</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>បង្ហាញព័ត៌មានលម្អិត…</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>លាក់ព័ត៌មានលម្អិត…</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; ថយក្រោយ (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>បន្ទាប់ (&amp;N) &gt;</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>បញ្ជាក់</translation>
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
        <source>&amp;Help</source>
        <translation>ជំនួយ (&amp;H)</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>ជំនួយ</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>ថយក្រោយ</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>បន្ត</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>រួចរាល់</translation>
    </message>
</context>
<context>
    <name>QTabBar</name>
    <message>
        <source>Scroll Left</source>
        <translation>រំកិលទៅឆ្វេង</translation>
    </message>
    <message>
        <source>Scroll Right</source>
        <translation>រំកិលទៅស្តាំ</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>បោះបង់</translation>
    </message>
</context>
<context>
    <name>QInputDialog</name>
    <message>
        <source>Enter a value:</source>
        <translation>បញ្ចូលតម្លៃ៖</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>មើលក្នុង៖</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>មើលក្នុង (&amp;L)៖</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>ឈ្មោះឯកសារ (&amp;N)៖</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>ប្រភេទឯកសារ (&amp;T)៖</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>បើក (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>រក្សាទុក (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>ជ្រើសរើស (&amp;C)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>បើក</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>រក្សាទុកជា</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>ស្វែងរកថត</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>ថត៖</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>ថត</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>ឯកសារ</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>ឯកសារទាំងអស់ (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>ឯកសារទាំងអស់ (*)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>ថយក្រោយ</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>ថយក្រោយ</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>ទៅមុខ</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>ទៅមុខ</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>ថតមេ</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>ទៅថតមេ</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>បង្កើតថតថ្មី</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>បង្កើតថតថ្មីមួយ</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>ទិដ្ឋភាពបញ្ជី</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>ប្តូរទៅទិដ្ឋភាពបញ្ជី</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>ទិដ្ឋភាពលម្អិត</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>ប្តូរទៅទិដ្ឋភាពលម្អិត</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>របារចំហៀង</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>បញ្ជីទីតាំង និងចំណាំ</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>ទីតាំងថ្មីៗ</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ដកចេញ</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>បង្ហាញ </translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>ប្តូរឈ្មោះ (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>លុប (&amp;D)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>លុប</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>បង្ហាញឯកសារដែលលាក់ (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>ថតថ្មី (&amp;N)</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>ថតថ្មី</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 មានរួចហើយ។
តើអ្នកចង់ជំនួសវាឬ?</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
រកមិនឃើញឯកសារ។
សូមពិនិត្យមើលថាឈ្មោះឯកសារត្រឹមត្រូវ។</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
រកមិនឃើញថត។
សូមពិនិត្យមើលថាឈ្មោះថតត្រឹមត្រូវ។</translation>
    </message>
    <message>
        <source>'%1' is write protected.
Do you want to delete it anyway?</source>
        <translation>'%1' ត្រូវបានការពារមិនឱ្យកែប្រែ។
តើអ្នកនៅតែចង់លុបវាឬ?</translation>
    </message>
    <message>
        <source>Are you sure you want to delete '%1'?</source>
        <translation>តើអ្នកប្រាកដថាចង់លុប '%1' ឬ?</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>មិនអាចលុបថតបានទេ។</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>ឈ្មោះ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>ទំហំ</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>កាលបរិច្ឆេទកែប្រែ</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>កុំព្យូទ័រ</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>All other platforms</comment>
        <translation>ប្រភេទ</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>ដ្រាយ</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>មិនស្គាល់</translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>ថត</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <comment>All other platforms</comment>
        <translation>ផ្លូវកាត់</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>Print</source>
        <translation>បោះពុម្ព</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>បោះពុម្ព (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Options &gt;&gt;</source>
        <translation>ជម្រើស (&amp;O) &gt;&gt;</translation>
    </message>
    <message>
        <source>&amp;Options &lt;&lt;</source>
        <translation>ជម្រើស (&amp;O) &lt;&lt;</translation>
    </message>
    <message>
        <source>All Pages</source>
        <translation>ទំព័រទាំងអស់</translation>
    </message>
    <message>
        <source>Odd Pages</source>
        <translation>ទំព័រសេស</translation>
    </message>
    <message>
        <source>Even Pages</source>
        <translation>ទំព័រគូ</translation>
    </message>
    <message>
        <source>Print to File (PDF)</source>
        <translation>បោះពុម្ពទៅឯកសារ (PDF)</translation>
    </message>
    <message>
        <source>Print To File ...</source>
        <translation>បោះពុម្ពទៅឯកសារ…</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>ឯកសារក្នុងកុំព្យូទ័រ</translation>
    </message>
    <message>
        <source>Write PDF file</source>
        <translation>សរសេរឯកសារ PDF</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to overwrite it?</source>
        <translation>%1 មានរួចហើយ។
តើអ្នកចង់សរសេរជាន់ពីលើវាឬ?</translation>
    </message>
    <message>
        <source>%1 is a directory.
Please choose a different file name.</source>
        <translation>%1 គឺជាថត។
សូមជ្រើសរើសឈ្មោះឯកសារផ្សេង។</translation>
    </message>
    <message>
        <source>File %1 is not writable.
Please choose a different file name.</source>
        <translation>មិនអាចសរសេរឯកសារ %1 បានទេ។
សូមជ្រើសរើសឈ្មោះឯកសារផ្សេង។</translation>
    </message>
    <message>
        <source>Invalid Pages Definition</source>
        <translation>ការកំណត់ទំព័រមិនត្រឹមត្រូវ</translation>
    </message>
    <message>
        <source>%1 does not follow the correct syntax. Please use ',' to separate ranges and pages, '-' to define ranges and make sure ranges do not intersect with each other.</source>
        <translation>%1 មិនត្រូវតាមទម្រង់ត្រឹមត្រូវទេ។ សូមប្រើ ',' ដើម្បីបំបែកជួរទំព័រ និងទំព័រ ប្រើ '-' ដើម្បីកំណត់ជួរទំព័រ ហើយត្រូវប្រាកដថាជួរទំព័រមិនជាន់គ្នា។</translation>
    </message>
    <message>
        <source>Duplex Settings Conflicts</source>
        <translation>ការកំណត់បោះពុម្ពសងខាងផ្ទុយគ្នា</translation>
    </message>
    <message>
        <source>There are conflicts in duplex settings. Do you want to fix them?</source>
        <translation>ការកំណត់បោះពុម្ពសងខាងមានភាពផ្ទុយគ្នា។ តើអ្នកចង់កែវាឬ?</translation>
    </message>
    <message>
        <source>Left to Right, Top to Bottom</source>
        <translation>ពីឆ្វេងទៅស្តាំ ពីលើចុះក្រោម</translation>
    </message>
    <message>
        <source>Left to Right, Bottom to Top</source>
        <translation>ពីឆ្វេងទៅស្តាំ ពីក្រោមឡើងលើ</translation>
    </message>
    <message>
        <source>Right to Left, Bottom to Top</source>
        <translation>ពីស្តាំទៅឆ្វេង ពីក្រោមឡើងលើ</translation>
    </message>
    <message>
        <source>Right to Left, Top to Bottom</source>
        <translation>ពីស្តាំទៅឆ្វេង ពីលើចុះក្រោម</translation>
    </message>
    <message>
        <source>Bottom to Top, Left to Right</source>
        <translation>ពីក្រោមឡើងលើ ពីឆ្វេងទៅស្តាំ</translation>
    </message>
    <message>
        <source>Bottom to Top, Right to Left</source>
        <translation>ពីក្រោមឡើងលើ ពីស្តាំទៅឆ្វេង</translation>
    </message>
    <message>
        <source>Top to Bottom, Left to Right</source>
        <translation>ពីលើចុះក្រោម ពីឆ្វេងទៅស្តាំ</translation>
    </message>
    <message>
        <source>Top to Bottom, Right to Left</source>
        <translation>ពីលើចុះក្រោម ពីស្តាំទៅឆ្វេង</translation>
    </message>
</context>
<context>
    <name>QPrintWidget</name>
    <message>
        <source>Printer</source>
        <translation>ម៉ាស៊ីនបោះពុម្ព</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>ឈ្មោះ (&amp;N)៖</translation>
    </message>
    <message>
        <source>P&amp;roperties</source>
        <translation>លក្ខណៈសម្បត្តិ (&amp;R)</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>ទីតាំង៖</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>មើលជាមុន</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>ប្រភេទ៖</translation>
    </message>
    <message>
        <source>Output &amp;file:</source>
        <translation>ឯកសារលទ្ធផល (&amp;F)៖</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Print range</source>
        <translation>ជួរទំព័រត្រូវបោះពុម្ព</translation>
    </message>
    <message>
        <source>Print all</source>
        <translation>បោះពុម្ពទាំងអស់</translation>
    </message>
    <message>
        <source>Pages from</source>
        <translation>ទំព័រពី</translation>
    </message>
    <message>
        <source>to</source>
        <translation>ដល់</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>ទំព័រ</translation>
    </message>
    <message>
        <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
        <translation>សរសេរទំព័រ ឬជួរទំព័រ ដោយបំបែកដោយសញ្ញាក្បៀស។ ជួរទំព័រសរសេរជាលេខពីរ បំបែកដោយសញ្ញាដក។ ឧទាហរណ៍៖ 3,5-7,9 បោះពុម្ពទំព័រ 3, 5, 6, 7 និង 9។</translation>
    </message>
    <message>
        <source>Current Page</source>
        <translation>ទំព័របច្ចុប្បន្ន</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>ផ្នែកដែលបានជ្រើសរើស</translation>
    </message>
    <message>
        <source>Page &amp;Set:</source>
        <translation>សំណុំទំព័រ (&amp;S)៖</translation>
    </message>
    <message>
        <source>Output Settings</source>
        <translation>ការកំណត់លទ្ធផល</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>ចំនួនច្បាប់៖</translation>
    </message>
    <message>
        <source>Collate</source>
        <translation>តម្រៀបជាឈុត</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>លំដាប់បញ្ច្រាស</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>ច្បាប់ចម្លង</translation>
    </message>
    <message>
        <source>Color Mode</source>
        <translation>របៀបពណ៌</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>ពណ៌</translation>
    </message>
    <message>
        <source>Grayscale</source>
        <translation>ពណ៌ប្រផេះ</translation>
    </message>
    <message>
        <source>Double Sided Printing</source>
        <translation>បោះពុម្ពសងខាង</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>បិទ</translation>
    </message>
    <message>
        <source>Long side binding</source>
        <translation>ចងតាមជ្រុងវែង</translation>
    </message>
    <message>
        <source>Short side binding</source>
        <translation>ចងតាមជ្រុងខ្លី</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>ជម្រើស</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <source>Paper</source>
        <translation>ក្រដាស</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>ទំហំទំព័រ៖</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>ទទឹង៖</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>កម្ពស់៖</translation>
    </message>
    <message>
        <source>Paper source:</source>
        <translation>ប្រភពក្រដាស៖</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>ទិសដៅ</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>បញ្ឈរ</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>ផ្តេក</translation>
    </message>
    <message>
        <source>Reverse landscape</source>
        <translation>ផ្តេកបញ្ច្រាស</translation>
    </message>
    <message>
        <source>Reverse portrait</source>
        <translation>បញ្ឈរបញ្ច្រាស</translation>
    </message>
    <message>
        <source>Margins</source>
        <translation>រឹម</translation>
    </message>
    <message>
        <source>top margin</source>
        <translation>រឹមខាងលើ</translation>
    </message>
    <message>
        <source>left margin</source>
        <translation>រឹមខាងឆ្វេង</translation>
    </message>
    <message>
        <source>right margin</source>
        <translation>រឹមខាងស្តាំ</translation>
    </message>
    <message>
        <source>bottom margin</source>
        <translation>រឹមខាងក្រោម</translation>
    </message>
    <message>
        <source>Page Layout</source>
        <translation>ប្លង់ទំព័រ</translation>
    </message>
    <message>
        <source>Page &amp;order:</source>
        <translation>លំដាប់ទំព័រ (&amp;O)៖</translation>
    </message>
    <message>
        <source>Pages &amp;per sheet:</source>
        <translation>ចំនួនទំព័រក្នុងមួយសន្លឹក (&amp;P)៖</translation>
    </message>
    <message>
        <source>Millimeters (mm)</source>
        <translation>មីលីម៉ែត្រ (mm)</translation>
    </message>
    <message>
        <source>Inches (in)</source>
        <translation>អ៊ីញ (in)</translation>
    </message>
    <message>
        <source>Points (pt)</source>
        <translation>ពិន្ទុ (pt)</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>ផ្ទាល់ខ្លួន</translation>
    </message>
</context>
<context>
    <name>QPrintPreviewDialog</name>
    <message>
        <source>Page Setup</source>
        <translation>ការរៀបចំទំព័រ</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesDialog</name>
    <message>
        <source>Printer Properties</source>
        <translation>លក្ខណៈសម្បត្តិម៉ាស៊ីនបោះពុម្ព</translation>
    </message>
    <message>
        <source>Job Options</source>
        <translation>ជម្រើសការបោះពុម្ព</translation>
    </message>
    <message>
        <source>Page Setup Conflicts</source>
        <translation>ការរៀបចំទំព័រផ្ទុយគ្នា</translation>
    </message>
    <message>
        <source>There are conflicts in page setup options. Do you want to fix them?</source>
        <translation>ជម្រើសរៀបចំទំព័រមានភាពផ្ទុយគ្នា។ តើអ្នកចង់កែវាឬ?</translation>
    </message>
    <message>
        <source>Advanced Option Conflicts</source>
        <translation>ជម្រើសកម្រិតខ្ពស់ផ្ទុយគ្នា</translation>
    </message>
    <message>
        <source>There are conflicts in some advanced options. Do you want to fix them?</source>
        <translation>ជម្រើសកម្រិតខ្ពស់មួយចំនួនមានភាពផ្ទុយគ្នា។ តើអ្នកចង់កែវាឬ?</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesWidget</name>
    <message>
        <source>Page</source>
        <translation>ទំព័រ</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>កម្រិតខ្ពស់</translation>
    </message>
    <message>
        <source>There are conflicts in some options. Please fix them.</source>
        <translation>ជម្រើសមួយចំនួនមានភាពផ្ទុយគ្នា។ សូមកែវា។</translation>
    </message>
</context>
</TS>
