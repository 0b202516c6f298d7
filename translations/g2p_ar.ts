<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>ExportTable</name>
    <message>
        <source>The table is empty: there is nothing to export.</source>
        <translation>الجدول فارغ: لا شيء للتصدير.</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>تصدير %1</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>مصنف Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Reading the table…</source>
        <translation>جارٍ قراءة الجدول…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>أُلغي التصدير؛ لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>جارٍ كتابة %1…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>فشل التصدير: %1</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n row(s) to %1.</source>
        <translation>
            <numerusform>حُفظ %n صف في %1.</numerusform>
            <numerusform>حُفظ صف واحد في %1.</numerusform>
            <numerusform>حُفظ صفان في %1.</numerusform>
            <numerusform>حُفظت %n صفوف في %1.</numerusform>
            <numerusform>حُفظ %n صفًا في %1.</numerusform>
            <numerusform>حُفظ %n صف في %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be replaced.</source>
        <translation>تعذّر استبدال %1.</translation>
    </message>
</context>
<context>
    <name>ImportMapping</name>
    <message>
        <source>(ignore)</source>
        <translation>(تجاهل)</translation>
    </message>
    <message>
        <source>Registrant ID</source>
        <translation>معرّف المسجَّل</translation>
    </message>
    <message>
        <source>ID type</source>
        <translation>نوع الهوية</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>رقم الهوية</translation>
    </message>
    <message>
        <source>Registrant name</source>
        <translation>اسم المسجَّل</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Enrollment date</source>
        <translation>تاريخ الإلحاق</translation>
    </message>
    <message>
        <source>Exit date</source>
        <translation>تاريخ الخروج</translation>
    </message>
    <message>
        <source>Exit reason</source>
        <translation>سبب الخروج</translation>
    </message>
    <message>
        <source>the mapping names the column “%1”, which the file does not have (its columns: %2)</source>
        <translation>يذكر التعيين العمود «%1» وليس في الملف (أعمدته: %2)</translation>
    </message>
    <message>
        <source>the mapping gives the field “%1” to two columns</source>
        <translation>يعطي التعيين الحقل «%1» لعمودين</translation>
    </message>
    <message>
        <source>the mapping gives column “%1” the unknown field “%2” (fields: %3)</source>
        <translation>يعطي التعيين العمود «%1» الحقل المجهول «%2» (الحقول: %3)</translation>
    </message>
    <message>
        <source>The ID type and the ID number go together: map both or neither.</source>
        <translation>نوع الهوية ورقمها متلازمان: عيّن كليهما أو لا شيء.</translation>
    </message>
    <message>
        <source>Say which column holds the registrant ID, or which hold the ID type and the ID number.</source>
        <translation>حدّد العمود الذي يحتوي معرّف المسجَّل، أو العمودين اللذين يحتويان نوع الهوية ورقمها.</translation>
    </message>
    <message>
        <source>Say which column holds the program.</source>
        <translation>حدّد العمود الذي يحتوي البرنامج.</translation>
    </message>
</context>
<context>
    <name>LocalTimeline</name>
    <message>
        <source>This desktop — waiting in the outbox</source>
        <translation>هذا الجهاز — ينتظر في صندوق الصادر</translation>
    </message>
    <message>
        <source>This desktop — sent, not yet confirmed</source>
        <translation>هذا الجهاز — أُرسل ولم يُؤكَّد بعد</translation>
    </message>
    <message>
        <source>This desktop — confirmed by the server</source>
        <translation>هذا الجهاز — أكّده الخادم</translation>
    </message>
    <message>
        <source>This desktop — failed: %1</source>
        <translation>هذا الجهاز — فشل: %1</translation>
    </message>
    <message>
        <source>This desktop — conflict: %1</source>
        <translation>هذا الجهاز — تعارض: %1</translation>
    </message>
    <message>
        <source>This desktop — discarded</source>
        <translation>هذا الجهاز — تُجوهل</translation>
    </message>
    <message>
        <source>this desktop</source>
        <translation>هذا الجهاز</translation>
    </message>
    <message>
        <source>Seen on the server by this desktop</source>
        <translation>رآه هذا الجهاز على الخادم</translation>
    </message>
</context>
<context>
    <name>MembershipRules</name>
    <message>
        <source>A new membership starts as %1 or %2.</source>
        <translation>تبدأ المشاركة الجديدة بحالة %1 أو %2.</translation>
    </message>
    <message>
        <source>An exited membership is final: it cannot become %1.</source>
        <translation>المشاركة المنتهية بالخروج نهائية: لا يمكن أن تصبح %1.</translation>
    </message>
    <message>
        <source>A %1 membership cannot become %2 (it can become: %3).</source>
        <translation>لا يمكن لمشاركة %1 أن تصبح %2 (يمكن أن تصبح: %3).</translation>
    </message>
    <message>
        <source>%1 has ended or is archived: nobody can be enrolled in it.</source>
        <translation>%1 منتهٍ أو مؤرشف: لا يمكن إلحاق أحد به.</translation>
    </message>
    <message>
        <source>%1 is in the future (today is %2, UTC).</source>
        <translation>%1 في المستقبل (اليوم %2، بالتوقيت العالمي).</translation>
    </message>
    <message>
        <source>An exit needs a reason.</source>
        <translation>يحتاج الخروج إلى سبب.</translation>
    </message>
    <message>
        <source>The exit date %1 is before the enrollment date %2.</source>
        <translation>تاريخ الخروج %1 قبل تاريخ الإلحاق %2.</translation>
    </message>
</context>
<context>
    <name>OutboxChange</name>
    <message>
        <source>program %1</source>
        <translation>البرنامج %1</translation>
    </message>
    <message>
        <source>Add to %1 as draft</source>
        <translation>إضافة إلى %1 كمسودة</translation>
    </message>
    <message>
        <source>Enroll in %1</source>
        <translation>إلحاق في %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 في %2</translation>
    </message>
    <message>
        <source>Exit from %1</source>
        <translation>الخروج من %1</translation>
    </message>
    <message>
        <source>%1: set to %2</source>
        <translation>%1: صار %2</translation>
    </message>
    <message>
        <source>%1: change</source>
        <translation>%1: تغيير</translation>
    </message>
    <message>
        <source>, enrolled on %1</source>
        <translation>، أُلحق في %1</translation>
    </message>
    <message>
        <source>Unknown change “%1”</source>
        <translation>تغيير غير معروف «%1»</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>The registry refused it: %1</source>
        <translation>رفضه السجل: %1</translation>
    </message>
    <message>
        <source>Enroll</source>
        <translation>إلحاق</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>استئناف</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>Change enrollment date</source>
        <translation>تغيير تاريخ الإلحاق</translation>
    </message>
    <message>
        <source>Only a draft or not-eligible membership can be enrolled; this one is %1.</source>
        <translation>لا يمكن إلحاق إلا مشاركة مسودة أو غير مؤهلة؛ هذه %1.</translation>
    </message>
    <message>
        <source>Only an enrolled membership can be paused; this one is %1.</source>
        <translation>لا يمكن إيقاف مشاركة مؤقتًا إلا إذا كانت ملتحقة؛ هذه %1.</translation>
    </message>
    <message>
        <source>Only a paused membership can be resumed; this one is %1.</source>
        <translation>لا يمكن استئناف إلا مشاركة موقوفة مؤقتًا؛ هذه %1.</translation>
    </message>
    <message>
        <source>This membership has already exited; an exit is final.</source>
        <translation>خرجت هذه المشاركة بالفعل؛ الخروج نهائي.</translation>
    </message>
    <message>
        <source>Only an enrolled or paused membership can exit; this one is %1.</source>
        <translation>لا يمكن خروج إلا مشاركة ملتحقة أو موقوفة مؤقتًا؛ هذه %1.</translation>
    </message>
    <message>
        <source>A %1 membership has no enrollment date to change.</source>
        <translation>لا تاريخ إلحاق لتغييره في مشاركة %1.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>الملف فارغ.</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is never closed.</source>
        <translation>السطر %1: حقل بين علامتي اقتباس لم يُغلق أبدًا.</translation>
    </message>
    <message>
        <source>automatic (ISO; others only when unambiguous)</source>
        <translation>تلقائي (ISO؛ وغيره فقط عند عدم الالتباس)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>DD/MM/YYYY</source>
        <translation>DD/MM/YYYY</translation>
    </message>
    <message>
        <source>MM/DD/YYYY</source>
        <translation>MM/DD/YYYY</translation>
    </message>
    <message>
        <source>expected YYYY-MM-DD, got “%1”</source>
        <translation>المتوقع YYYY-MM-DD، والوارد «%1»</translation>
    </message>
    <message>
        <source>not a date: “%1” (use YYYY-MM-DD, DD/MM/YYYY or MM/DD/YYYY)</source>
        <translation>ليس تاريخًا: «%1» (استخدم YYYY-MM-DD أو DD/MM/YYYY أو MM/DD/YYYY)</translation>
    </message>
    <message>
        <source>“%1” could be %2 or %3: choose the date format of this file</source>
        <translation>«%1» قد يكون %2 أو %3: اختر صيغة التاريخ لهذا الملف</translation>
    </message>
    <message>
        <source>not a calendar day: “%1” read as %2</source>
        <translation>ليس يومًا في التقويم: «%1» قُرئ كـ %2</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>تعذّر إنشاء %1.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>تعذّرت كتابة %1.</translation>
    </message>
    <message>
        <source>No byte-order mark: read as %1.</source>
        <translation>لا علامة ترتيب بايت: قُرئ بترميز %1.</translation>
    </message>
    <message>
        <source>The file is not UTF-8: read as %1. Check accented letters.</source>
        <translation>الملف ليس بترميز UTF-8: قُرئ بترميز %1. تحقّق من الحروف المشكّلة.</translation>
    </message>
    <message>
        <source>The workbook part %1 is too large to read (%2 MB).</source>
        <translation>الجزء %1 من المصنف أكبر من أن يُقرأ (%2 ميغابايت).</translation>
    </message>
    <message>
        <source>The workbook part %1 cannot be unpacked.</source>
        <translation>تعذّر فك ضغط الجزء %1 من المصنف.</translation>
    </message>
    <message>
        <source>The workbook part %1 unpacks to more than %2 MB.</source>
        <translation>يتجاوز الجزء %1 من المصنف %2 ميغابايت بعد فك الضغط.</translation>
    </message>
    <message>
        <source>This is not an .xlsx workbook (it is not a zip archive).</source>
        <translation>هذا ليس مصنف ‎.xlsx (ليس أرشيف zip).</translation>
    </message>
    <message>
        <source>This is not an .xlsx workbook (no xl/workbook.xml).</source>
        <translation>هذا ليس مصنف ‎.xlsx (لا يوجد xl/workbook.xml).</translation>
    </message>
    <message>
        <source>The workbook has no readable first sheet (%1).</source>
        <translation>ليس في المصنف ورقة أولى مقروءة (%1).</translation>
    </message>
    <message>
        <source>Row %1 has more than %2 columns.</source>
        <translation>في الصف %1 أكثر من %2 عمود.</translation>
    </message>
    <message>
        <source>The sheet has more than %1 rows.</source>
        <translation>في الورقة أكثر من %1 صف.</translation>
    </message>
    <message>
        <source>The first sheet is damaged (%1 at line %2).</source>
        <translation>الورقة الأولى تالفة (%1 في السطر %2).</translation>
    </message>
    <message>
        <source>The first sheet is empty.</source>
        <translation>الورقة الأولى فارغة.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB.</source>
        <translation>حجم الملف أكبر من %1 ميغابايت.</translation>
    </message>
    <message>
        <source>Line %1: a cell holds more than %2 characters.</source>
        <translation>السطر %1: تحتوي خلية على أكثر من %2 حرفًا.</translation>
    </message>
    <message>
        <source>Line %1 has more than %2 columns.</source>
        <translation>السطر %1 يحتوي على أكثر من %2 عمودًا.</translation>
    </message>
    <message>
        <source>The file has more than %1 rows.</source>
        <translation>يحتوي الملف على أكثر من %1 صفًا.</translation>
    </message>
    <message>
        <source>The file holds more than %1 cells; split it into smaller files.</source>
        <translation>يحتوي الملف على أكثر من %1 خلية؛ قسّمه إلى ملفات أصغر.</translation>
    </message>
    <message>
        <source>Line %1: a cell holds more than %2 characters (is a quote missing?).</source>
        <translation>السطر %1: تحتوي خلية على أكثر من %2 حرفًا (هل هناك علامة اقتباس ناقصة؟).</translation>
    </message>
    <message>
        <source>The workbook unpacks to more than %1 MB.</source>
        <translation>يتجاوز حجم المصنف بعد فك ضغطه %1 ميغابايت.</translation>
    </message>
    <message>
        <source>Row %1: a cell holds more than %2 characters.</source>
        <translation>الصف %1: تحتوي خلية على أكثر من %2 حرفًا.</translation>
    </message>
    <message>
        <source>The sheet holds more than %1 cells (counting the empty ones before each row&apos;s last filled cell); split it into smaller files.</source>
        <translation>تحتوي الورقة على أكثر من %1 خلية (مع احتساب الخلايا الفارغة قبل آخر خلية مملوءة في كل صف)؛ قسّمها إلى ملفات أصغر.</translation>
    </message>
    <message>
        <source>It cannot be read: %1</source>
        <translation>تعذّرت قراءته: %1</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>From %1, printed on %2</source>
        <translation>المصدر: %1، طُبع في %2</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>ID numbers</source>
        <translation>أرقام الهوية</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>الأعضاء</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>تاريخ التسجيل</translation>
    </message>
    <message>
        <source>Household record</source>
        <translation>سجل الأسرة</translation>
    </message>
    <message>
        <source>Individual record</source>
        <translation>سجل الفرد</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Program memberships</source>
        <translation>المشاركات في البرامج</translation>
    </message>
    <message>
        <source>In no program.</source>
        <translation>ليس في أي برنامج.</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Enrolled on</source>
        <translation>تاريخ الالتحاق</translation>
    </message>
    <message>
        <source>Exit date</source>
        <translation>تاريخ الخروج</translation>
    </message>
    <message>
        <source>Exit reason</source>
        <translation>سبب الخروج</translation>
    </message>
    <message>
        <source>History</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>التغيير</translation>
    </message>
    <message>
        <source>Reason or note</source>
        <translation>السبب أو الملاحظة</translation>
    </message>
    <message>
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <source>Members in state %1: %2 of %3</source>
        <translation>الأعضاء في حالة %1: %2 من %3</translation>
    </message>
    <message>
        <source>All members: %1 of %2</source>
        <translation>كل الأعضاء: %1 من %2</translation>
    </message>
    <message>
        <source>whose name contains “%1”</source>
        <translation>ممن يحتوي اسمهم على «%1»</translation>
    </message>
    <message>
        <source>(the report stops at this many rows)</source>
        <translation>(يتوقف التقرير عند هذا العدد من الصفوف)</translation>
    </message>
    <message>
        <source>Registrant</source>
        <translation>المسجَّل</translation>
    </message>
    <message>
        <source>Program summary</source>
        <translation>ملخص البرنامج</translation>
    </message>
    <message>
        <source>Memberships by state</source>
        <translation>المشاركات حسب الحالة</translation>
    </message>
    <message>
        <source>Memberships</source>
        <translation>المشاركات</translation>
    </message>
    <message>
        <source>Month by month</source>
        <translation>شهرًا بشهر</translation>
    </message>
    <message numerus="yes">
        <source>Enrolments by their enrolment date, exits by their exit date, pauses: memberships paused now, by their last change. From %n membership(s) read.</source>
        <translation>
            <numerusform>الإلحاق حسب تاريخه، والخروج حسب تاريخه، والإيقاف المؤقت: المشاركات الموقوفة الآن حسب آخر تغيير. من دون مشاركات مقروءة.</numerusform>
            <numerusform>الإلحاق حسب تاريخه، والخروج حسب تاريخه، والإيقاف المؤقت: المشاركات الموقوفة الآن حسب آخر تغيير. من مشاركة واحدة مقروءة.</numerusform>
            <numerusform>الإلحاق حسب تاريخه، والخروج حسب تاريخه، والإيقاف المؤقت: المشاركات الموقوفة الآن حسب آخر تغيير. من مشاركتين مقروءتين.</numerusform>
            <numerusform>الإلحاق حسب تاريخه، والخروج حسب تاريخه، والإيقاف المؤقت: المشاركات الموقوفة الآن حسب آخر تغيير. من %n مشاركات مقروءة.</numerusform>
            <numerusform>الإلحاق حسب تاريخه، والخروج حسب تاريخه، والإيقاف المؤقت: المشاركات الموقوفة الآن حسب آخر تغيير. من %n مشاركة مقروءة.</numerusform>
            <numerusform>الإلحاق حسب تاريخه، والخروج حسب تاريخه، والإيقاف المؤقت: المشاركات الموقوفة الآن حسب آخر تغيير. من %n مشاركة مقروءة.</numerusform>
        </translation>
    </message>
    <message>
        <source>No dated change.</source>
        <translation>لا تغيير مؤرخ.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>الشهر</translation>
    </message>
    <message>
        <source>Enrolments</source>
        <translation>الالتحاقات</translation>
    </message>
    <message>
        <source>Exits</source>
        <translation>حالات الخروج</translation>
    </message>
    <message>
        <source>Pauses</source>
        <translation>الإيقاف المؤقت</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <translation>%1 باسم %2</translation>
    </message>
    <message>
        <source>This server keeps no program memberships.</source>
        <translation>هذا الخادم لا يحتفظ بمشاركات في البرامج.</translation>
    </message>
    <message>
        <source>This server keeps no history of program memberships.</source>
        <translation>هذا الخادم لا يحتفظ بتاريخ المشاركات.</translation>
    </message>
</context>
<context>
    <name>g2p</name>
    <message>
        <source>Membership %1 is %2; it cannot become %3.</source>
        <translation>المشاركة %1 في حالة %2؛ لا يمكن أن تصبح %3.</translation>
    </message>
    <message>
        <source>Membership %1 cannot be exited without a reason.</source>
        <translation>لا يمكن إخراج المشاركة %1 دون سبب.</translation>
    </message>
    <message>
        <source>An exit date and reason apply only to an exited membership; membership %1 would be %2.</source>
        <translation>لا ينطبق تاريخ الخروج وسببه إلا على مشاركة خرجت؛ المشاركة %1 ستكون %2.</translation>
    </message>
    <message>
        <source>Dates after %1 (today, UTC) are not accepted.</source>
        <translation>لا تُقبل التواريخ بعد %1 (اليوم، بالتوقيت العالمي).</translation>
    </message>
    <message>
        <source>The exit date %1 is before the enrollment date %2.</source>
        <translation>تاريخ الخروج %1 يسبق تاريخ الالتحاق %2.</translation>
    </message>
</context>
<context>
    <name>g2p::ActivityLog</name>
    <message>
        <source>running</source>
        <translation>جارٍ</translation>
    </message>
    <message>
        <source>done</source>
        <translation>منجز</translation>
    </message>
    <message>
        <source>done with problems</source>
        <translation>منجز مع مشكلات</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>فشل</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>أُلغي</translation>
    </message>
    <message>
        <source>queued in the outbox</source>
        <translation>في الانتظار في صندوق الصادر</translation>
    </message>
</context>
<context>
    <name>g2p::ActivityPanel</name>
    <message>
        <source>Activity</source>
        <translation>النشاط</translation>
    </message>
    <message>
        <source>Progress of the running action</source>
        <translation>تقدّم الإجراء الجاري</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Cancel the running action</source>
        <translation>إلغاء الإجراء الجاري</translation>
    </message>
    <message>
        <source>%1: %v of %m</source>
        <translation>%1: %v من %m</translation>
    </message>
    <message>
        <source>Newest activity</source>
        <translation>أحدث نشاط</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>إخفاء</translation>
    </message>
    <message>
        <source>Show all (%1)</source>
        <translation>عرض الكل (%1)</translation>
    </message>
    <message>
        <source>Fold the activity to its newest line</source>
        <translation>طي النشاط إلى أحدث سطر</translation>
    </message>
    <message>
        <source>Nothing done yet in this session.</source>
        <translation>لم يُنجز شيء بعد في هذه الجلسة.</translation>
    </message>
    <message>
        <source>Every action of this session, newest first</source>
        <translation>كل إجراء في هذه الجلسة، الأحدث أولًا</translation>
    </message>
</context>
<context>
    <name>g2p::ApiClient</name>
    <message>
        <source>read an individual</source>
        <translation>قراءة فرد</translation>
    </message>
    <message>
        <source>search individuals</source>
        <translation>البحث في الأفراد</translation>
    </message>
    <message>
        <source>create an individual</source>
        <translation>إنشاء فرد</translation>
    </message>
    <message>
        <source>update individuals</source>
        <translation>تحديث الأفراد</translation>
    </message>
    <message>
        <source>list id values</source>
        <translation>سرد قيم الهوية</translation>
    </message>
    <message>
        <source>read a group</source>
        <translation>قراءة أسرة</translation>
    </message>
    <message>
        <source>search groups</source>
        <translation>البحث في الأسر</translation>
    </message>
    <message>
        <source>create a group</source>
        <translation>إنشاء أسرة</translation>
    </message>
    <message>
        <source>list programs</source>
        <translation>سرد البرامج</translation>
    </message>
    <message>
        <source>read a program</source>
        <translation>قراءة برنامج</translation>
    </message>
    <message>
        <source>list program memberships</source>
        <translation>سرد المشاركات في البرامج</translation>
    </message>
    <message>
        <source>read a program membership</source>
        <translation>قراءة مشاركة في برنامج</translation>
    </message>
    <message>
        <source>change a program membership</source>
        <translation>تغيير مشاركة في برنامج</translation>
    </message>
    <message>
        <source>read membership history</source>
        <translation>قراءة السجل التاريخي للمشاركة</translation>
    </message>
    <message>
        <source>enrol registrants in bulk</source>
        <translation>إلحاق المسجَّلين جماعيًا</translation>
    </message>
    <message>
        <source>read the registry&apos;s changes</source>
        <translation>قراءة تغييرات السجل</translation>
    </message>
</context>
<context>
    <name>g2p::ApiJob</name>
    <message>
        <source>Cancelled.</source>
        <translation>أُلغي.</translation>
    </message>
</context>
<context>
    <name>g2p::BatchEnroller</name>
    <message>
        <source>The server&apos;s answer did not mention this row.</source>
        <translation>لم تذكر إجابة الخادم هذا الصف.</translation>
    </message>
</context>
<context>
    <name>g2p::BulkEditPage</name>
    <message>
        <source>Program</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <source>Memberships to edit</source>
        <translation>المشاركات المراد تعديلها</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>المشكلات</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Program:</source>
        <translation>البرنامج:</translation>
    </message>
    <message>
        <source>Issues (click to go to the cell)</source>
        <translation>المشكلات (انقر للانتقال إلى الخلية)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>ت&amp;راجع</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>تراجع عن %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>إعادة %1</translation>
    </message>
    <message>
        <source>Fill &amp;down</source>
        <translation>تعبئة لل&amp;أسفل</translation>
    </message>
    <message>
        <source>Copy the top selected cell of each column into the cells below it (Ctrl+D)</source>
        <translation>نسخ الخلية المحددة العليا في كل عمود إلى الخلايا تحتها (Ctrl+D)</translation>
    </message>
    <message>
        <source>&amp;Set cells…</source>
        <translation>&amp;تعيين الخلايا…</translation>
    </message>
    <message>
        <source>Give every selected cell the same value (Ctrl+Shift+F)</source>
        <translation>إعطاء كل خلية محددة القيمة نفسها (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>ا&amp;ستعادة</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;نسخ</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>ل&amp;صق</translation>
    </message>
    <message>
        <source>&amp;Load members</source>
        <translation>&amp;تحميل المشاركين</translation>
    </message>
    <message>
        <source>Read every membership of the chosen program into the grid (Ctrl+L)</source>
        <translation>تحميل كل مشاركات البرنامج المختار في الجدول (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Import file…</source>
        <translation>استيراد &amp;ملف…</translation>
    </message>
    <message>
        <source>Load rows from a CSV or XLSX file into the grid, to check before sending (Ctrl+I)</source>
        <translation>تحميل صفوف ملف CSV أو XLSX في الجدول لمراجعتها قبل الإرسال (Ctrl+I)</translation>
    </message>
    <message>
        <source>Review and &amp;send…</source>
        <translation>مراجعة و&amp;إرسال…</translation>
    </message>
    <message>
        <source>See every change, then send them to the registry (Ctrl+Enter)</source>
        <translation>عرض كل تغيير ثم إرسال التغييرات إلى السجل (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>ت&amp;صدير…</translation>
    </message>
    <message>
        <source>Save the grid with each row&apos;s result as CSV or XLSX (Ctrl+E)</source>
        <translation>حفظ الجدول مع نتيجة كل صف بصيغة CSV أو XLSX (Ctrl+E)</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>م&amp;سح</translation>
    </message>
    <message>
        <source>Clear the grid</source>
        <translation>مسح الجدول</translation>
    </message>
    <message>
        <source>The grid holds changes that were not sent. Clear it anyway?</source>
        <translation>في الجدول تغييرات لم تُرسل. مسحه على أي حال؟</translation>
    </message>
    <message>
        <source>(choose per row)</source>
        <translation>(اختر لكل صف)</translation>
    </message>
    <message>
        <source>File line %1 (not loaded)%2: %3</source>
        <translation>سطر الملف %1 (لم يُحمَّل)%2: %3</translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation>الصف %1، %2: %3</translation>
    </message>
    <message>
        <source>Choose a program and load its members (Ctrl+L), or select registrants on the Individuals or Groups page and add them here (Ctrl+B).</source>
        <translation>اختر برنامجًا وحمّل مشاركيه (Ctrl+L)، أو حدد مسجَّلين في صفحة الأفراد أو الأسر وأضفهم هنا (Ctrl+B).</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n صف</numerusform>
            <numerusform>صف واحد</numerusform>
            <numerusform>صفان</numerusform>
            <numerusform>%n صفوف</numerusform>
            <numerusform>%n صفًا</numerusform>
            <numerusform>%n صف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>لم يتغيّر شيء</numerusform>
            <numerusform>تغيّرت واحدة</numerusform>
            <numerusform>تغيّرت اثنتان</numerusform>
            <numerusform>تغيّرت %n</numerusform>
            <numerusform>تغيّرت %n</numerusform>
            <numerusform>تغيّرت %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with issues</source>
        <translation>
            <numerusform>%n بها مشكلات</numerusform>
            <numerusform>واحد به مشكلات</numerusform>
            <numerusform>اثنان بهما مشكلات</numerusform>
            <numerusform>%n بها مشكلات</numerusform>
            <numerusform>%n بها مشكلات</numerusform>
            <numerusform>%n بها مشكلات</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a program to load its members.</source>
        <translation>اختر برنامجًا لتحميل مشاركيه.</translation>
    </message>
    <message>
        <source>Load members</source>
        <translation>تحميل المشاركين</translation>
    </message>
    <message>
        <source>Loading replaces the grid, which holds changes that were not sent. Continue?</source>
        <translation>التحميل يستبدل الجدول، وفيه تغييرات لم تُرسل. متابعة؟</translation>
    </message>
    <message>
        <source>Reading the members of %1…</source>
        <translation>جارٍ قراءة أفراد %1…</translation>
    </message>
    <message numerus="yes">
        <source>Reading stopped after %n membership(s): %1</source>
        <translation>
            <numerusform>توقفت القراءة بعد %n مشاركة: %1</numerusform>
            <numerusform>توقفت القراءة بعد مشاركة واحدة: %1</numerusform>
            <numerusform>توقفت القراءة بعد مشاركتين: %1</numerusform>
            <numerusform>توقفت القراءة بعد %n مشاركات: %1</numerusform>
            <numerusform>توقفت القراءة بعد %n مشاركة: %1</numerusform>
            <numerusform>توقفت القراءة بعد %n مشاركة: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Set selected cells</source>
        <translation>تعيين الخلايا المحددة</translation>
    </message>
    <message numerus="yes">
        <source>%1 for the %n selected cell(s):</source>
        <translation>
            <numerusform>%1 للخلايا المحددة (%n):</numerusform>
            <numerusform>%1 للخلية المحددة:</numerusform>
            <numerusform>%1 للخليتين المحددتين:</numerusform>
            <numerusform>%1 للخلايا الـ%n المحددة:</numerusform>
            <numerusform>%1 للخلايا الـ%n المحددة:</numerusform>
            <numerusform>%1 للخلايا الـ%n المحددة:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set %n cell(s)</source>
        <translation>
            <numerusform>تعيين %n خلية</numerusform>
            <numerusform>تعيين خلية واحدة</numerusform>
            <numerusform>تعيين خليتين</numerusform>
            <numerusform>تعيين %n خلايا</numerusform>
            <numerusform>تعيين %n خلية</numerusform>
            <numerusform>تعيين %n خلية</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to send: no row is changed and free of issues.</source>
        <translation>لا شيء للإرسال: لا صف متغيّر وخالٍ من المشكلات.</translation>
    </message>
    <message>
        <source>Sent %1 of %2</source>
        <translation>أُرسل %1 من %2</translation>
    </message>
    <message numerus="yes">
        <source>about %n second(s) left</source>
        <translation>
            <numerusform>بقي نحو %n ثانية</numerusform>
            <numerusform>بقيت نحو ثانية واحدة</numerusform>
            <numerusform>بقيت نحو ثانيتين</numerusform>
            <numerusform>بقيت نحو %n ثوانٍ</numerusform>
            <numerusform>بقي نحو %n ثانية</numerusform>
            <numerusform>بقي نحو %n ثانية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>بقي نحو %n دقيقة</numerusform>
            <numerusform>بقيت نحو دقيقة واحدة</numerusform>
            <numerusform>بقيت نحو دقيقتين</numerusform>
            <numerusform>بقيت نحو %n دقائق</numerusform>
            <numerusform>بقي نحو %n دقيقة</numerusform>
            <numerusform>بقي نحو %n دقيقة</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 done, %2 conflicts, %3 errors</source>
        <translation>%1 منجز، %2 تعارض، %3 خطأ</translation>
    </message>
    <message>
        <source>Rows marked as conflicts were changed by someone else: right-click to take their version or keep yours, then send again.</source>
        <translation>الصفوف الموسومة بالتعارض غيّرها شخص آخر: انقر بالزر الأيمن لاعتماد نسختهم أو الاحتفاظ بنسختك، ثم أرسل مجددًا.</translation>
    </message>
    <message>
        <source>Failed rows keep your edits: fix them and send again.</source>
        <translation>تحتفظ الصفوف الفاشلة بتعديلاتك: أصلحها وأرسلها مجددًا.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>جارٍ الإرسال…</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>غيّره شخص آخر</translation>
    </message>
    <message>
        <source>Take their version (%1)</source>
        <translation>اعتماد نسختهم (%1)</translation>
    </message>
    <message>
        <source>Keep my version</source>
        <translation>الاحتفاظ بنسختي</translation>
    </message>
    <message>
        <source>Memberships</source>
        <translation>المشاركات</translation>
    </message>
    <message>
        <source>Export the grid</source>
        <translation>تصدير الجدول</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>مصنف Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>The grid could not be saved to %1: %2</source>
        <translation>تعذّر حفظ الجدول في %1: %2</translation>
    </message>
    <message>
        <source>Import memberships</source>
        <translation>استيراد المشاركات</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>جداول البيانات (*.csv *.xlsx *.txt);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>جارٍ قراءة %1…</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>تعذّرت قراءة %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) loaded from %1.</source>
        <translation>
            <numerusform>حُمّل %n صف من %1.</numerusform>
            <numerusform>حُمّل صف واحد من %1.</numerusform>
            <numerusform>حُمّل صفان من %1.</numerusform>
            <numerusform>حُمّلت %n صفوف من %1.</numerusform>
            <numerusform>حُمّل %n صفًا من %1.</numerusform>
            <numerusform>حُمّل %n صف من %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the file were not loaded: see the issues list.</source>
        <translation>
            <numerusform>لم يُحمَّل %n سطر من الملف: راجع قائمة المشكلات.</numerusform>
            <numerusform>لم يُحمَّل سطر واحد من الملف: راجع قائمة المشكلات.</numerusform>
            <numerusform>لم يُحمَّل سطران من الملف: راجع قائمة المشكلات.</numerusform>
            <numerusform>لم تُحمَّل %n أسطر من الملف: راجع قائمة المشكلات.</numerusform>
            <numerusform>لم يُحمَّل %n سطرًا من الملف: راجع قائمة المشكلات.</numerusform>
            <numerusform>لم يُحمَّل %n سطر من الملف: راجع قائمة المشكلات.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the registrants of %1…</source>
        <translation>جارٍ قراءة مسجَّلي %1…</translation>
    </message>
    <message>
        <source>Put back the values read from the server in the selected cells, or for rows from a file what the file said (Delete)</source>
        <translation>إعادة القيم المقروءة من الخادم إلى الخلايا المحددة، أو ما قاله الملف بالنسبة للصفوف الآتية من ملف (Delete)</translation>
    </message>
    <message>
        <source>Re&amp;move rows</source>
        <translation>&amp;إزالة الصفوف</translation>
    </message>
    <message>
        <source>Take the selected rows out of the grid; nothing is sent for them (Ctrl+-)</source>
        <translation>إخراج الصفوف المحددة من الشبكة؛ لا يُرسل أي شيء بشأنها (Ctrl+-)</translation>
    </message>
    <message numerus="yes">
        <source>%n registrant(s) already have a row for this program in the grid.</source>
        <translation>
            <numerusform>لا أحد من المسجَّلين (%n) له صف لهذا البرنامج في الشبكة.</numerusform>
            <numerusform>مسجَّل واحد (%n) له صف لهذا البرنامج في الشبكة بالفعل.</numerusform>
            <numerusform>مسجَّلان (%n) لهما صف لهذا البرنامج في الشبكة بالفعل.</numerusform>
            <numerusform>%n مسجَّلين لهم صف لهذا البرنامج في الشبكة بالفعل.</numerusform>
            <numerusform>%n مسجَّلًا لهم صف لهذا البرنامج في الشبكة بالفعل.</numerusform>
            <numerusform>%n مسجَّل لهم صف لهذا البرنامج في الشبكة بالفعل.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) went onto rows the grid already held for the same membership.</source>
        <translation>
            <numerusform>لم يذهب أي سطر (%n) إلى صفوف موجودة للمشاركة نفسها.</numerusform>
            <numerusform>ذهب سطر واحد (%n) إلى صف موجود في الشبكة للمشاركة نفسها.</numerusform>
            <numerusform>ذهب سطران (%n) إلى صفوف موجودة في الشبكة للمشاركة نفسها.</numerusform>
            <numerusform>ذهبت %n أسطر إلى صفوف موجودة في الشبكة للمشاركة نفسها.</numerusform>
            <numerusform>ذهب %n سطرًا إلى صفوف موجودة في الشبكة للمشاركة نفسها.</numerusform>
            <numerusform>ذهب %n سطر إلى صفوف موجودة في الشبكة للمشاركة نفسها.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import into a grid that holds rows</source>
        <translation>الاستيراد إلى شبكة تحتوي على صفوف</translation>
    </message>
    <message numerus="yes">
        <source>The grid already holds %n row(s). Replace them with the file&apos;s rows, or merge the file into them (a line for a membership the grid already holds goes onto that row; one row per membership)?</source>
        <translation>
            <numerusform>تحتوي الشبكة بالفعل على %n صف. هل تريد استبدالها بصفوف الملف، أم دمج الملف فيها (يذهب سطر المشاركة الموجودة في الشبكة إلى صفها؛ صف واحد لكل مشاركة)؟</numerusform>
            <numerusform>تحتوي الشبكة بالفعل على %n صف. هل تريد استبدالها بصفوف الملف، أم دمج الملف فيها (يذهب سطر المشاركة الموجودة في الشبكة إلى صفها؛ صف واحد لكل مشاركة)؟</numerusform>
            <numerusform>تحتوي الشبكة بالفعل على %n صف. هل تريد استبدالها بصفوف الملف، أم دمج الملف فيها (يذهب سطر المشاركة الموجودة في الشبكة إلى صفها؛ صف واحد لكل مشاركة)؟</numerusform>
            <numerusform>تحتوي الشبكة بالفعل على %n صف. هل تريد استبدالها بصفوف الملف، أم دمج الملف فيها (يذهب سطر المشاركة الموجودة في الشبكة إلى صفها؛ صف واحد لكل مشاركة)؟</numerusform>
            <numerusform>تحتوي الشبكة بالفعل على %n صف. هل تريد استبدالها بصفوف الملف، أم دمج الملف فيها (يذهب سطر المشاركة الموجودة في الشبكة إلى صفها؛ صف واحد لكل مشاركة)؟</numerusform>
            <numerusform>تحتوي الشبكة بالفعل على %n صف. هل تريد استبدالها بصفوف الملف، أم دمج الملف فيها (يذهب سطر المشاركة الموجودة في الشبكة إلى صفها؛ صف واحد لكل مشاركة)؟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replacing drops %n change(s) in the grid that were not sent.</source>
        <translation>
            <numerusform>الاستبدال يتخلى عن %n من التغييرات غير المرسلة في الشبكة.</numerusform>
            <numerusform>الاستبدال يتخلى عن %n من التغييرات غير المرسلة في الشبكة.</numerusform>
            <numerusform>الاستبدال يتخلى عن %n من التغييرات غير المرسلة في الشبكة.</numerusform>
            <numerusform>الاستبدال يتخلى عن %n من التغييرات غير المرسلة في الشبكة.</numerusform>
            <numerusform>الاستبدال يتخلى عن %n من التغييرات غير المرسلة في الشبكة.</numerusform>
            <numerusform>الاستبدال يتخلى عن %n من التغييرات غير المرسلة في الشبكة.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Merge into the rows</source>
        <translation>&amp;دمج في الصفوف</translation>
    </message>
    <message>
        <source>&amp;Replace the rows</source>
        <translation>&amp;استبدال الصفوف</translation>
    </message>
    <message>
        <source>Reading %1 was cancelled: nothing was imported.</source>
        <translation>أُلغيت قراءة %1: لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>&amp;Open registrant</source>
        <translation>&amp;فتح المسجَّل</translation>
    </message>
    <message>
        <source>Show the registrant of the current row with their record and history (Ctrl+O)</source>
        <translation>عرض مسجَّل الصف الحالي مع سجله وتاريخه (Ctrl+O)</translation>
    </message>
    <message>
        <source>Bulk edit commands</source>
        <translation>أوامر التعديل الجماعي</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>لم يُرسَل شيء.</translation>
    </message>
    <message>
        <source>Preparing the changes…</source>
        <translation>جارٍ تجهيز التغييرات…</translation>
    </message>
    <message numerus="yes">
        <source>%n more issue(s) not listed: fix those above, or find the marked cells in the grid.</source>
        <translation>
            <numerusform>%n مشكلة أخرى غير مدرجة: أصلِح ما سبق، أو ابحث عن الخلايا المعلَّمة في الجدول.</numerusform>
            <numerusform>مشكلة أخرى واحدة غير مدرجة: أصلِح ما سبق، أو ابحث عن الخلايا المعلَّمة في الجدول.</numerusform>
            <numerusform>مشكلتان أخريان غير مدرجتين: أصلِح ما سبق، أو ابحث عن الخلايا المعلَّمة في الجدول.</numerusform>
            <numerusform>%n مشكلات أخرى غير مدرجة: أصلِح ما سبق، أو ابحث عن الخلايا المعلَّمة في الجدول.</numerusform>
            <numerusform>%n مشكلةً أخرى غير مدرجة: أصلِح ما سبق، أو ابحث عن الخلايا المعلَّمة في الجدول.</numerusform>
            <numerusform>%n مشكلة أخرى غير مدرجة: أصلِح ما سبق، أو ابحث عن الخلايا المعلَّمة في الجدول.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>g2p::CacheRefresh</name>
    <message>
        <source>Refresh stopped; the local copy keeps what was already stored.</source>
        <translation>توقف التحديث؛ تحتفظ النسخة المحلية بما خُزّن من قبل.</translation>
    </message>
    <message>
        <source>The local copy could not be refreshed (%1): %2</source>
        <translation>تعذّر تحديث النسخة المحلية (%1): %2</translation>
    </message>
    <message>
        <source>Reading individuals from the server</source>
        <translation>جارٍ قراءة الأفراد من الخادم</translation>
    </message>
    <message>
        <source>individuals</source>
        <translation>الأفراد</translation>
    </message>
    <message>
        <source>Storing individuals</source>
        <translation>جارٍ تخزين الأفراد</translation>
    </message>
    <message>
        <source>writing the local copy</source>
        <translation>كتابة النسخة المحلية</translation>
    </message>
    <message>
        <source>groups</source>
        <translation>الأسر</translation>
    </message>
    <message>
        <source>Storing groups</source>
        <translation>جارٍ تخزين الأسر</translation>
    </message>
    <message>
        <source>memberships</source>
        <translation>المشاركات</translation>
    </message>
    <message>
        <source>Storing memberships</source>
        <translation>جارٍ تخزين المشاركات</translation>
    </message>
    <message>
        <source>Local copy refreshed: %1 individuals, %2 groups, %3 memberships (%4 s).</source>
        <translation>حُدّثت النسخة المحلية: %1 فرد، %2 أسرة، %3 مشاركة (%4 ث).</translation>
    </message>
    <message>
        <source>Local copy brought up to date: %1 individuals, %2 groups, %3 memberships changed (%4 s).</source>
        <translation>حُدّثت النسخة المحلية: تغيّر %1 فردًا و%2 مجموعة و%3 عضوية (%4 ث).</translation>
    </message>
</context>
<context>
    <name>g2p::ChangeMembershipsCommand</name>
    <message>
        <source>%1: %2 in %3</source>
        <translation>%1: %2 في %3</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n membership(s)</source>
        <translation>
            <numerusform>%1: %n مشاركة</numerusform>
            <numerusform>%1: مشاركة واحدة</numerusform>
            <numerusform>%1: مشاركتان</numerusform>
            <numerusform>%1: %n مشاركات</numerusform>
            <numerusform>%1: %n مشاركة</numerusform>
            <numerusform>%1: %n مشاركة</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 في %2</translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>لم يتغيّر شيء</numerusform>
            <numerusform>تغيّرت واحدة</numerusform>
            <numerusform>تغيّرت اثنتان</numerusform>
            <numerusform>تغيّرت %n</numerusform>
            <numerusform>تغيّرت %n</numerusform>
            <numerusform>تغيّرت %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>g2p::ConnectDialog</name>
    <message>
        <source>Connect to a registry</source>
        <translation>الاتصال بسجل</translation>
    </message>
    <message>
        <source>Server profile</source>
        <translation>الملف الشخصي للخادم</translation>
    </message>
    <message>
        <source>Saved servers. Type a new name to save a new profile.</source>
        <translation>الخوادم المحفوظة. اكتب اسمًا جديدًا لحفظ ملف شخصي جديد.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>عنوان الخادم</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keyring</source>
        <translation>&amp;تذكّر كلمة المرور في حافظة مفاتيح النظام</translation>
    </message>
    <message>
        <source>Sign in with an Odoo session (Odoo 15 servers)</source>
        <translation>تسجيل الدخول بجلسة Odoo (خوادم Odoo 15)</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>المل&amp;ف الشخصي:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>ال&amp;خادم:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>ال&amp;مستخدم:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;كلمة المرور:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>ا&amp;تصال</translation>
    </message>
    <message>
        <source>Work &amp;offline</source>
        <translation>العمل &amp;دون اتصال</translation>
    </message>
    <message>
        <source>Open the local copy of this server&apos;s data; changes wait in the outbox and are sent when the server answers again</source>
        <translation>فتح النسخة المحلية من بيانات هذا الخادم؛ تنتظر التغييرات في صندوق الصادر وتُرسل عندما يستجيب الخادم مجددًا</translation>
    </message>
    <message>
        <source>No system keyring is available (%1). Enter the password: it is kept for this session only and written nowhere.</source>
        <translation>لا تتوفر حافظة مفاتيح للنظام (%1). أدخل كلمة المرور: تُحفظ لهذه الجلسة فقط ولا تُكتب في أي مكان.</translation>
    </message>
    <message>
        <source>Password taken from the system keyring.</source>
        <translation>أُخذت كلمة المرور من حافظة مفاتيح النظام.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>جارٍ الاتصال…</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>أدخل اسم المستخدم.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>أدخل كلمة المرور.</translation>
    </message>
    <message>
        <source>Save the password in the system keyring</source>
        <translation>حفظ كلمة المرور في حافظة مفاتيح النظام</translation>
    </message>
    <message>
        <source>not saved: %1. You will be asked for it next time.</source>
        <translation>لم تُحفظ: %1. ستُسأل عنها في المرة القادمة.</translation>
    </message>
    <message>
        <source>Wrong user name or password (the server said: %1).</source>
        <translation>اسم المستخدم أو كلمة المرور غير صحيحة (قال الخادم: %1).</translation>
    </message>
    <message>
        <source>%1 You can work offline on the local copy: changes wait in the outbox until the server answers.</source>
        <translation>%1 يمكنك العمل دون اتصال على النسخة المحلية: تنتظر التغييرات في صندوق الصادر حتى يستجيب الخادم.</translation>
    </message>
    <message>
        <source>This address does not answer like a registry: %1</source>
        <translation>لا يستجيب هذا العنوان كسجل: %1</translation>
    </message>
    <message>
        <source>Untrusted certificate</source>
        <translation>شهادة غير موثوقة</translation>
    </message>
    <message>
        <source>The server presents a certificate that no authority vouches for.

SHA-256 fingerprint:
%1

Trust it only if your administrator gave you this exact fingerprint. It will be trusted for this profile only; a different certificate later will be refused.</source>
        <translation>يقدّم الخادم شهادة لا تضمنها أي جهة.

بصمة SHA-256:
%1

لا تثق بها إلا إذا أعطاك مسؤول النظام هذه البصمة بالضبط. ستكون موثوقة لهذا الملف الشخصي فقط؛ وستُرفض أي شهادة مختلفة لاحقًا.</translation>
    </message>
    <message>
        <source>&amp;Trust this certificate</source>
        <translation>ال&amp;ثقة بهذه الشهادة</translation>
    </message>
    <message>
        <source>Allow an unencrypted connection to this server (http://)</source>
        <translation>السماح باتصال غير مشفَّر بهذا الخادم (http://)</translation>
    </message>
    <message>
        <source>Your password and every record would cross the network readable by anyone on the way. Only when your administrator says this network is private.</source>
        <translation>ستعبر كلمة مرورك وكل سجل الشبكة مقروءة لأي شخص في الطريق. فقط إذا أكد المسؤول أن هذه الشبكة خاصة.</translation>
    </message>
    <message>
        <source>The address held a user name or password; it was removed. Enter the password in the password field (it is kept in the system keyring, never in the address).</source>
        <translation>كان العنوان يحتوي على اسم مستخدم أو كلمة مرور؛ وقد أُزيل. أدخل كلمة المرور في حقلها (تُحفظ في حافظة مفاتيح النظام، وليس في العنوان أبدًا).</translation>
    </message>
    <message>
        <source>This is an unencrypted (http://) address on another machine: your password would cross the network readable by anyone on the way. Use the server&apos;s https:// address, or tick “Allow an unencrypted connection” only if your administrator says this network is private.</source>
        <translation>هذا عنوان غير مشفَّر (http://) على جهاز آخر: ستعبر كلمة مرورك الشبكة مقروءة لأي شخص في الطريق. استخدم عنوان https:// للخادم، أو حدّد «السماح باتصال غير مشفَّر» فقط إذا أكد المسؤول أن هذه الشبكة خاصة.</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>إزالة…</translation>
    </message>
    <message>
        <source>Remove this profile and everything G2P Desk keeps of it on this computer: the local copy, the outbox, set-aside copies and the saved password</source>
        <translation>إزالة هذا الملف الشخصي وكل ما يحتفظ به G2P Desk منه على هذا الحاسوب: النسخة المحلية وصندوق الصادر والنسخ المنحّاة وكلمة المرور المحفوظة</translation>
    </message>
    <message>
        <source>“%1” is not a saved profile: there is nothing to remove.</source>
        <translation>«%1» ليس ملفًا شخصيًا محفوظًا: لا شيء لإزالته.</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>إزالة الملف الشخصي</translation>
    </message>
    <message>
        <source>“%1” is open in G2P Desk (this window or another) or in g2p-desk-cli. Close it there first; nothing was removed.</source>
        <translation>«%1» مفتوح في G2P Desk (هذه النافذة أو غيرها) أو في g2p-desk-cli. أغلقه هناك أولًا؛ لم يُزَل شيء.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), %1 in all: the local copy of the registry, the outbox and copies set aside as damaged. The saved password is removed from the system keyring.</source>
        <translation>
            <numerusform>%n من الملفات، %1 في المجموع: النسخة المحلية من السجل وصندوق الصادر والنسخ المنحّاة لتلفها. وتُزال كلمة المرور المحفوظة من حافظة مفاتيح النظام.</numerusform>
            <numerusform>%n من الملفات، %1 في المجموع: النسخة المحلية من السجل وصندوق الصادر والنسخ المنحّاة لتلفها. وتُزال كلمة المرور المحفوظة من حافظة مفاتيح النظام.</numerusform>
            <numerusform>%n من الملفات، %1 في المجموع: النسخة المحلية من السجل وصندوق الصادر والنسخ المنحّاة لتلفها. وتُزال كلمة المرور المحفوظة من حافظة مفاتيح النظام.</numerusform>
            <numerusform>%n من الملفات، %1 في المجموع: النسخة المحلية من السجل وصندوق الصادر والنسخ المنحّاة لتلفها. وتُزال كلمة المرور المحفوظة من حافظة مفاتيح النظام.</numerusform>
            <numerusform>%n من الملفات، %1 في المجموع: النسخة المحلية من السجل وصندوق الصادر والنسخ المنحّاة لتلفها. وتُزال كلمة المرور المحفوظة من حافظة مفاتيح النظام.</numerusform>
            <numerusform>%n من الملفات، %1 في المجموع: النسخة المحلية من السجل وصندوق الصادر والنسخ المنحّاة لتلفها. وتُزال كلمة المرور المحفوظة من حافظة مفاتيح النظام.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made here are not confirmed by the server yet and would be lost. Connect and send them first (Outbox), unless you are sure.</source>
        <translation>
            <numerusform>%n من التغييرات التي أُجريت هنا لم يؤكدها الخادم بعد وستضيع. اتصل وأرسلها أولًا (صندوق الصادر)، إلا إذا كنت متأكدًا.</numerusform>
            <numerusform>%n من التغييرات التي أُجريت هنا لم يؤكدها الخادم بعد وستضيع. اتصل وأرسلها أولًا (صندوق الصادر)، إلا إذا كنت متأكدًا.</numerusform>
            <numerusform>%n من التغييرات التي أُجريت هنا لم يؤكدها الخادم بعد وستضيع. اتصل وأرسلها أولًا (صندوق الصادر)، إلا إذا كنت متأكدًا.</numerusform>
            <numerusform>%n من التغييرات التي أُجريت هنا لم يؤكدها الخادم بعد وستضيع. اتصل وأرسلها أولًا (صندوق الصادر)، إلا إذا كنت متأكدًا.</numerusform>
            <numerusform>%n من التغييرات التي أُجريت هنا لم يؤكدها الخادم بعد وستضيع. اتصل وأرسلها أولًا (صندوق الصادر)، إلا إذا كنت متأكدًا.</numerusform>
            <numerusform>%n من التغييرات التي أُجريت هنا لم يؤكدها الخادم بعد وستضيع. اتصل وأرسلها أولًا (صندوق الصادر)، إلا إذا كنت متأكدًا.</numerusform>
        </translation>
    </message>
    <message>
        <source>The outbox could not be read: changes not yet sent may be in it and would be lost.</source>
        <translation>تعذّرت قراءة صندوق الصادر: قد يحتوي على تغييرات لم تُرسل بعد وستضيع.</translation>
    </message>
    <message>
        <source>Remove the profile “%1” (%2 at %3) and everything G2P Desk keeps of it on this computer?</source>
        <translation>هل تريد إزالة الملف الشخصي «%1» (%2 على %3) وكل ما يحتفظ به G2P Desk منه على هذا الحاسوب؟</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;إزالة</translation>
    </message>
    <message>
        <source>The local data of “%1” could not be removed (%2). The profile was kept.</source>
        <translation>تعذّرت إزالة البيانات المحلية لـ«%1» (%2). احتُفظ بالملف الشخصي.</translation>
    </message>
    <message>
        <source>The profile “%1” and everything it kept on this computer were removed.</source>
        <translation>أُزيل الملف الشخصي «%1» وكل ما كان يحتفظ به على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Find out when connecting</source>
        <translation>اكتشاف ذلك عند الاتصال</translation>
    </message>
    <message>
        <source>REST contract</source>
        <translation>عقد REST</translation>
    </message>
    <message>
        <source>Odoo external API (JSON-RPC)</source>
        <translation>واجهة Odoo الخارجية (JSON-RPC)</translation>
    </message>
    <message>
        <source>Server kind</source>
        <translation>نوع الخادم</translation>
    </message>
    <message>
        <source>Odoo database</source>
        <translation>قاعدة بيانات Odoo</translation>
    </message>
    <message>
        <source>the only one the server has</source>
        <translation>الوحيدة على الخادم</translation>
    </message>
    <message>
        <source>Odoo servers may hold several databases; your administrator knows the name.</source>
        <translation>قد يحتوي خادم Odoo على عدة قواعد بيانات؛ يعرف المسؤول اسمها.</translation>
    </message>
    <message>
        <source>Server &amp;kind:</source>
        <translation>&amp;نوع الخادم:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;قاعدة البيانات:</translation>
    </message>
    <message>
        <source>&amp;Advanced</source>
        <translation>&amp;متقدم</translation>
    </message>
    <message>
        <source>Enter the registry address, such as https://registry.example.org.</source>
        <translation>أدخل عنوان السجل، مثل https://registry.example.org.</translation>
    </message>
    <message>
        <source>Finding out what the server speaks…</source>
        <translation>جارٍ اكتشاف ما يتحدثه الخادم…</translation>
    </message>
    <message>
        <source>The server speaks: %1.</source>
        <translation>الخادم يتحدث: %1.</translation>
    </message>
    <message>
        <source>This server holds several databases: enter one of %1 under Advanced.</source>
        <translation>يحتوي هذا الخادم على عدة قواعد بيانات: أدخل واحدة من %1 ضمن متقدم.</translation>
    </message>
    <message>
        <source>The server&apos;s address: G2P Desk finds out whether it speaks the REST contract, OpenSPP2&apos;s API v2 or Odoo&apos;s external API (every OpenG2P 17 / OpenSPP 17 server).</source>
        <translation>عنوان الخادم: يكتشف G2P Desk ما إذا كان يتحدث عقد REST أو واجهة OpenSPP2 البرمجية v2 أو واجهة Odoo الخارجية (كل خادم OpenG2P 17 / OpenSPP 17).</translation>
    </message>
    <message>
        <source>Your user name; on an OpenSPP2 server, the API client&apos;s id (client_...).</source>
        <translation>اسم المستخدم؛ على خادم OpenSPP2، معرّف عميل الواجهة البرمجية (client_...).</translation>
    </message>
    <message>
        <source>password, API key or client secret</source>
        <translation>كلمة المرور أو مفتاح API أو سر العميل</translation>
    </message>
    <message>
        <source>Your password, or an Odoo API key; on an OpenSPP2 server, the API client&apos;s secret.</source>
        <translation>كلمة المرور، أو مفتاح API لـ Odoo؛ على خادم OpenSPP2، سر عميل الواجهة البرمجية.</translation>
    </message>
    <message>
        <source>OpenSPP2 API v2 (OAuth2 client)</source>
        <translation>واجهة OpenSPP2 البرمجية v2 (عميل OAuth2)</translation>
    </message>
</context>
<context>
    <name>g2p::CreateGroupDialog</name>
    <message>
        <source>New household</source>
        <translation>أسرة جديدة</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>اسم الأسرة</translation>
    </message>
    <message>
        <source>e.g. OKAFOR HOUSEHOLD</source>
        <translation>مثلًا: أسرة أوكافور</translation>
    </message>
    <message>
        <source>Group kind</source>
        <translation>نوع الأسرة</translation>
    </message>
    <message>
        <source>Household ID</source>
        <translation>معرّف الأسرة</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Registration date</source>
        <translation>تاريخ التسجيل</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>الأعضاء</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>Birth date (YYYY-MM-DD)</source>
        <translation>تاريخ الميلاد (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Add &amp;member</source>
        <translation>إضافة &amp;فرد</translation>
    </message>
    <message>
        <source>Re&amp;move member</source>
        <translation>إ&amp;زالة الفرد</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>الا&amp;سم:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>ال&amp;نوع:</translation>
    </message>
    <message>
        <source>Household &amp;ID:</source>
        <translation>&amp;معرّف الأسرة:</translation>
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <source>&amp;Registered on:</source>
        <translation>&amp;سُجّل في:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>إ&amp;نشاء</translation>
    </message>
    <message>
        <source>Members (each becomes a new individual):</source>
        <translation>الأفراد (يصبح كل منهم فردًا جديدًا):</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>أنثى</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>ذكر</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>آخر</translation>
    </message>
    <message>
        <source>The household needs a name.</source>
        <translation>تحتاج الأسرة إلى اسم.</translation>
    </message>
    <message>
        <source>Row %1: the given name is missing.</source>
        <translation>الصف %1: الاسم الأول مفقود.</translation>
    </message>
    <message>
        <source>Row %1: the birth date must be written YYYY-MM-DD, not “%2”.</source>
        <translation>الصف %1: يجب كتابة تاريخ الميلاد بالشكل YYYY-MM-DD، لا «%2».</translation>
    </message>
    <message>
        <source>Row %1: the birth date is in the future.</source>
        <translation>الصف %1: تاريخ الميلاد في المستقبل.</translation>
    </message>
    <message>
        <source>A household has one head; %1 members are marked Head.</source>
        <translation>للأسرة رب واحد؛ %1 أفراد موسومون بأنهم رب الأسرة.</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>جارٍ الإنشاء…</translation>
    </message>
</context>
<context>
    <name>g2p::CreateIndividualDialog</name>
    <message>
        <source>New individual</source>
        <translation>فرد جديد</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <source>Additional name</source>
        <translation>اسم إضافي</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>الاسم المعروض</translation>
    </message>
    <message>
        <source>Built from the names: FAMILY, GIVEN</source>
        <translation>مكوَّن من الأسماء: العائلة، الاسم الأول</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>أنثى</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>ذكر</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>آخر</translation>
    </message>
    <message>
        <source>Known:</source>
        <translation>المعروفة:</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Birth place</source>
        <translation>مكان الميلاد</translation>
    </message>
    <message>
        <source>ID type</source>
        <translation>نوع الهوية</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>رقم الهوية</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Registration date</source>
        <translation>تاريخ التسجيل</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>اسم ال&amp;عائلة:</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>الاسم ال&amp;أول:</translation>
    </message>
    <message>
        <source>&amp;Additional name:</source>
        <translation>اسم &amp;إضافي:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>الاسم ال&amp;معروض:</translation>
    </message>
    <message>
        <source>G&amp;ender:</source>
        <translation>ال&amp;جنس:</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>تاريخ ال&amp;ميلاد:</translation>
    </message>
    <message>
        <source>Birth &amp;place:</source>
        <translation>مكان ال&amp;ميلاد:</translation>
    </message>
    <message>
        <source>&amp;ID:</source>
        <translation>ال&amp;معرّف:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>ال&amp;هاتف:</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>البريد ال&amp;إلكتروني:</translation>
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <source>&amp;Registered on:</source>
        <translation>&amp;سُجّل في:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>إ&amp;نشاء</translation>
    </message>
    <message>
        <source>A given name and a display name are needed.</source>
        <translation>يلزم اسم أول واسم معروض.</translation>
    </message>
    <message>
        <source>Say which kind of ID this number is.</source>
        <translation>حدّد نوع الهوية لهذا الرقم.</translation>
    </message>
    <message>
        <source>Write the phone number in international form: + country code and number.</source>
        <translation>اكتب رقم الهاتف بالصيغة الدولية: + رمز البلد والرقم.</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>جارٍ الإنشاء…</translation>
    </message>
</context>
<context>
    <name>g2p::CreateRegistrantCommand</name>
    <message>
        <source>Create household %1</source>
        <translation>إنشاء الأسرة %1</translation>
    </message>
    <message>
        <source>Create individual %1</source>
        <translation>إنشاء الفرد %1</translation>
    </message>
    <message numerus="yes">
        <source>created with ID %1 and %n member(s)</source>
        <translation>
            <numerusform>أُنشئ بالمعرّف %1 و%n فرد</numerusform>
            <numerusform>أُنشئ بالمعرّف %1 وفرد واحد</numerusform>
            <numerusform>أُنشئ بالمعرّف %1 وفردين</numerusform>
            <numerusform>أُنشئ بالمعرّف %1 و%n أفراد</numerusform>
            <numerusform>أُنشئ بالمعرّف %1 و%n فردًا</numerusform>
            <numerusform>أُنشئ بالمعرّف %1 و%n فرد</numerusform>
        </translation>
    </message>
    <message>
        <source>created with ID %1</source>
        <translation>أُنشئ بالمعرّف %1</translation>
    </message>
</context>
<context>
    <name>g2p::CredentialStore</name>
    <message>
        <source>stored in the system keyring</source>
        <translation>محفوظة في حافظة مفاتيح النظام</translation>
    </message>
    <message>
        <source>no password stored in the system keyring for this account</source>
        <translation>لا كلمة مرور محفوظة في حافظة مفاتيح النظام لهذا الحساب</translation>
    </message>
    <message>
        <source>the system keyring did not answer (it may be locked)</source>
        <translation>لم تستجب حافظة مفاتيح النظام (ربما هي مقفلة)</translation>
    </message>
    <message>
        <source>no usable system keyring (%1)</source>
        <translation>لا حافظة مفاتيح صالحة للنظام (%1)</translation>
    </message>
</context>
<context>
    <name>g2p::EnrollCommand</name>
    <message numerus="yes">
        <source>Enroll %n registrant(s) in %1</source>
        <translation>
            <numerusform>إلحاق %n مسجَّل في %1</numerusform>
            <numerusform>إلحاق مسجَّل واحد في %1</numerusform>
            <numerusform>إلحاق مسجَّلَين في %1</numerusform>
            <numerusform>إلحاق %n مسجَّلين في %1</numerusform>
            <numerusform>إلحاق %n مسجَّلًا في %1</numerusform>
            <numerusform>إلحاق %n مسجَّل في %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Registrant %1</source>
        <translation>المسجَّل %1</translation>
    </message>
    <message numerus="yes">
        <source>%n enrolled</source>
        <translation>
            <numerusform>%n ملتحق</numerusform>
            <numerusform>ملتحق واحد</numerusform>
            <numerusform>ملتحقان</numerusform>
            <numerusform>%n ملتحقين</numerusform>
            <numerusform>%n ملتحقًا</numerusform>
            <numerusform>%n ملتحق</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already enrolled — nothing changed</source>
        <translation>
            <numerusform>%n ملتحق مسبقًا — لم يتغير شيء</numerusform>
            <numerusform>ملتحق مسبقًا — لم يتغير شيء</numerusform>
            <numerusform>اثنان ملتحقان مسبقًا — لم يتغير شيء</numerusform>
            <numerusform>%n ملتحقين مسبقًا — لم يتغير شيء</numerusform>
            <numerusform>%n ملتحقًا مسبقًا — لم يتغير شيء</numerusform>
            <numerusform>%n ملتحق مسبقًا — لم يتغير شيء</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>g2p::EnrollDialog</name>
    <message>
        <source>Enroll %1</source>
        <translation>إلحاق %1</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <source>Enrollment date</source>
        <translation>تاريخ الإلحاق</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Optional: kept in the membership&apos;s history</source>
        <translation>اختياري: يُحفظ في السجل التاريخي للمشاركة</translation>
    </message>
    <message>
        <source>Also enroll the household&apos;s &amp;members in:</source>
        <translation>إلحاق &amp;أفراد الأسرة أيضًا في:</translation>
    </message>
    <message>
        <source>Program for the members</source>
        <translation>البرنامج لأفراد الأسرة</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>ال&amp;برنامج:</translation>
    </message>
    <message>
        <source>&amp;Enrollment date:</source>
        <translation>تاريخ الإ&amp;لحاق:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;ملاحظة:</translation>
    </message>
    <message>
        <source>&amp;Enroll</source>
        <translation>إ&amp;لحاق</translation>
    </message>
    <message>
        <source>No active program targets groups.</source>
        <translation>لا برنامج نشط يستهدف الأسر.</translation>
    </message>
    <message>
        <source>No active program targets individuals.</source>
        <translation>لا برنامج نشط يستهدف الأفراد.</translation>
    </message>
    <message>
        <source>Choose a program.</source>
        <translation>اختر برنامجًا.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — draft, becomes enrolled</source>
        <translation>%1 — مسودة، تصبح ملتحقًا</translation>
    </message>
    <message>
        <source>Not offered, already a member: %1.</source>
        <translation>غير معروضة، مشاركة قائمة: %1.</translation>
    </message>
    <message>
        <source>%1 is already in every open program for %2.</source>
        <translation>%1 مشارك بالفعل في كل البرامج المفتوحة لـ%2.</translation>
    </message>
    <message>
        <source>groups</source>
        <translation>الأسر</translation>
    </message>
    <message>
        <source>individuals</source>
        <translation>الأفراد</translation>
    </message>
    <message>
        <source>Enroll %1 in a program</source>
        <translation>إلحاق %1 ببرنامج</translation>
    </message>
</context>
<context>
    <name>g2p::FormParts</name>
    <message>
        <source>Clear the search</source>
        <translation>مسح البحث</translation>
    </message>
    <message>
        <source>More commands</source>
        <translation>أوامر أخرى</translation>
    </message>
</context>
<context>
    <name>g2p::GridSubmission</name>
    <message numerus="yes">
        <source>Submit %n change(s) from the grid</source>
        <translation>
            <numerusform>إرسال %n تغيير من الجدول</numerusform>
            <numerusform>إرسال تغيير واحد من الجدول</numerusform>
            <numerusform>إرسال تغييرين من الجدول</numerusform>
            <numerusform>إرسال %n تغييرات من الجدول</numerusform>
            <numerusform>إرسال %n تغييرًا من الجدول</numerusform>
            <numerusform>إرسال %n تغيير من الجدول</numerusform>
        </translation>
    </message>
    <message>
        <source>pending</source>
        <translation>معلّق</translation>
    </message>
    <message>
        <source>done</source>
        <translation>منجز</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>تعارض</translation>
    </message>
    <message>
        <source>error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>لم يُرسل</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>في الانتظار</translation>
    </message>
    <message>
        <source>Cancelled before it was sent.</source>
        <translation>أُلغي قبل إرساله.</translation>
    </message>
    <message>
        <source>Waiting in the outbox: the server cannot be reached (%1). It is sent when it answers.</source>
        <translation>ينتظر في صندوق الصادر: تعذّر الوصول إلى الخادم (%1). يُرسل عندما يستجيب.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>الصف %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n منجز</numerusform>
            <numerusform>واحد منجز</numerusform>
            <numerusform>اثنان منجزان</numerusform>
            <numerusform>%n منجزة</numerusform>
            <numerusform>%n منجزًا</numerusform>
            <numerusform>%n منجز</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n conflict(s)</source>
        <translation>
            <numerusform>، %n تعارض</numerusform>
            <numerusform>، تعارض واحد</numerusform>
            <numerusform>، تعارضان</numerusform>
            <numerusform>، %n تعارضات</numerusform>
            <numerusform>، %n تعارضًا</numerusform>
            <numerusform>، %n تعارض</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n error(s)</source>
        <translation>
            <numerusform>، %n خطأ</numerusform>
            <numerusform>، خطأ واحد</numerusform>
            <numerusform>، خطآن</numerusform>
            <numerusform>، %n أخطاء</numerusform>
            <numerusform>، %n خطأً</numerusform>
            <numerusform>، %n خطأ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n not sent</source>
        <translation>
            <numerusform>، %n لم يُرسل</numerusform>
            <numerusform>، واحد لم يُرسل</numerusform>
            <numerusform>، اثنان لم يُرسلا</numerusform>
            <numerusform>، %n لم تُرسل</numerusform>
            <numerusform>، %n لم يُرسل</numerusform>
            <numerusform>، %n لم يُرسل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n waiting in the outbox until the server answers</source>
        <translation>
            <numerusform>، %n في صندوق الصادر حتى يستجيب الخادم</numerusform>
            <numerusform>، واحد في صندوق الصادر حتى يستجيب الخادم</numerusform>
            <numerusform>، اثنان في صندوق الصادر حتى يستجيب الخادم</numerusform>
            <numerusform>، %n في صندوق الصادر حتى يستجيب الخادم</numerusform>
            <numerusform>، %n في صندوق الصادر حتى يستجيب الخادم</numerusform>
            <numerusform>، %n في صندوق الصادر حتى يستجيب الخادم</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>g2p::HistoryDialog</name>
    <message>
        <source>History of %1</source>
        <translation>السجل التاريخي لـ %1</translation>
    </message>
    <message>
        <source>Show the history of</source>
        <translation>عرض السجل التاريخي لـ</translation>
    </message>
    <message>
        <source>All programs</source>
        <translation>كل البرامج</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>الخط الزمني</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>ال&amp;برنامج:</translation>
    </message>
    <message>
        <source>This server keeps no history of program memberships (it offers registry data only). The current memberships are shown instead.</source>
        <translation>لا يحتفظ هذا الخادم بسجل تاريخي للمشاركات (يقدّم بيانات السجل فقط). تُعرض المشاركات الحالية بدلًا منه.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s), newest first. Changes made from this desktop and states it saw on the server are marked in the Source column.</source>
        <translation>
            <numerusform>%n تغيير، الأحدث أولًا. التغييرات المُجراة من هذا الجهاز والحالات التي رآها على الخادم مميّزة في عمود المصدر.</numerusform>
            <numerusform>تغيير واحد. التغييرات المُجراة من هذا الجهاز والحالات التي رآها على الخادم مميّزة في عمود المصدر.</numerusform>
            <numerusform>تغييران، الأحدث أولًا. التغييرات المُجراة من هذا الجهاز والحالات التي رآها على الخادم مميّزة في عمود المصدر.</numerusform>
            <numerusform>%n تغييرات، الأحدث أولًا. التغييرات المُجراة من هذا الجهاز والحالات التي رآها على الخادم مميّزة في عمود المصدر.</numerusform>
            <numerusform>%n تغييرًا، الأحدث أولًا. التغييرات المُجراة من هذا الجهاز والحالات التي رآها على الخادم مميّزة في عمود المصدر.</numerusform>
            <numerusform>%n تغيير، الأحدث أولًا. التغييرات المُجراة من هذا الجهاز والحالات التي رآها على الخادم مميّزة في عمود المصدر.</numerusform>
        </translation>
    </message>
    <message>
        <source>Part of the server&apos;s history could not be read (%1); this desktop&apos;s own timeline is shown.</source>
        <translation>تعذّرت قراءة جزء من السجل التاريخي للخادم (%1)؛ يُعرض الخط الزمني الخاص بهذا الجهاز.</translation>
    </message>
    <message numerus="yes">
        <source>This server keeps no history of program memberships: %n change(s) made from this desktop and states it saw on the server are shown, newest first.</source>
        <translation>
            <numerusform>لا يحتفظ هذا الخادم بسجل للعضويات: تُعرض %n تغييرات أُجريت من هذا الجهاز والحالات التي رآها على الخادم، الأحدث أولاً.</numerusform>
            <numerusform>لا يحتفظ هذا الخادم بسجل للعضويات: تُعرض %n تغييرات أُجريت من هذا الجهاز والحالات التي رآها على الخادم، الأحدث أولاً.</numerusform>
            <numerusform>لا يحتفظ هذا الخادم بسجل للعضويات: تُعرض %n تغييرات أُجريت من هذا الجهاز والحالات التي رآها على الخادم، الأحدث أولاً.</numerusform>
            <numerusform>لا يحتفظ هذا الخادم بسجل للعضويات: تُعرض %n تغييرات أُجريت من هذا الجهاز والحالات التي رآها على الخادم، الأحدث أولاً.</numerusform>
            <numerusform>لا يحتفظ هذا الخادم بسجل للعضويات: تُعرض %n تغييرات أُجريت من هذا الجهاز والحالات التي رآها على الخادم، الأحدث أولاً.</numerusform>
            <numerusform>لا يحتفظ هذا الخادم بسجل للعضويات: تُعرض %n تغييرات أُجريت من هذا الجهاز والحالات التي رآها على الخادم، الأحدث أولاً.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter or double-click: show this membership in the registrant&apos;s pane</source>
        <translation>Enter أو النقر المزدوج: عرض هذه المشاركة في لوحة المسجَّل</translation>
    </message>
</context>
<context>
    <name>g2p::HistoryModel</name>
    <message>
        <source>Created as %1</source>
        <translation>أُنشئ بالمعرّف %1</translation>
    </message>
    <message>
        <source>%1 (details changed)</source>
        <translation>%1 (تغيّرت التفاصيل)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 ← %2</translation>
    </message>
    <message>
        <source>API</source>
        <translation>الواجهة البرمجية</translation>
    </message>
    <message>
        <source>Bulk enrolment</source>
        <translation>إلحاق جماعي</translation>
    </message>
    <message>
        <source>Registry web UI</source>
        <translation>واجهة الويب للسجل</translation>
    </message>
    <message>
        <source>System</source>
        <translation>النظام</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>التغيير</translation>
    </message>
    <message>
        <source>Enrolled on</source>
        <translation>تاريخ الالتحاق</translation>
    </message>
    <message>
        <source>Exit date</source>
        <translation>تاريخ الخروج</translation>
    </message>
    <message>
        <source>Exit reason</source>
        <translation>سبب الخروج</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Seen as %1</source>
        <translation>شوهد بحالة %1</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 بالتوقيت العالمي</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
</context>
<context>
    <name>g2p::ImportDialog</name>
    <message>
        <source>Import %1</source>
        <translation>استيراد %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) below the header.</source>
        <translation>
            <numerusform>%n صف تحت الترويسة.</numerusform>
            <numerusform>صف واحد تحت الترويسة.</numerusform>
            <numerusform>صفان تحت الترويسة.</numerusform>
            <numerusform>%n صفوف تحت الترويسة.</numerusform>
            <numerusform>%n صفًا تحت الترويسة.</numerusform>
            <numerusform>%n صف تحت الترويسة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Read as %1.</source>
        <translation>قُرئ بترميز %1.</translation>
    </message>
    <message>
        <source>The rows go into the grid to check and review; nothing is sent until you choose Review and send.</source>
        <translation>تذهب الصفوف إلى الجدول لمراجعتها؛ لا يُرسل شيء حتى تختار «مراجعة وإرسال».</translation>
    </message>
    <message>
        <source>Columns and first rows of the file</source>
        <translation>أعمدة الملف وصفوفه الأولى</translation>
    </message>
    <message>
        <source>Field for column %1</source>
        <translation>حقل العمود %1</translation>
    </message>
    <message>
        <source>Automatic (YYYY-MM-DD; others only when unambiguous)</source>
        <translation>تلقائي (YYYY-MM-DD؛ وغيره فقط عند عدم الالتباس)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>DD/MM/YYYY (day first)</source>
        <translation>DD/MM/YYYY (اليوم أولًا)</translation>
    </message>
    <message>
        <source>MM/DD/YYYY (month first)</source>
        <translation>MM/DD/YYYY (الشهر أولًا)</translation>
    </message>
    <message>
        <source>(from the file)</source>
        <translation>(من الملف)</translation>
    </message>
    <message>
        <source>&amp;Dates in the file:</source>
        <translation>ال&amp;تواريخ في الملف:</translation>
    </message>
    <message>
        <source>Program for rows &amp;without one:</source>
        <translation>البرنامج للصفوف التي &amp;ليس لها برنامج:</translation>
    </message>
    <message>
        <source>&amp;Load into the grid</source>
        <translation>&amp;تحميل في الجدول</translation>
    </message>
    <message>
        <source>Choose what each column holds:</source>
        <translation>اختر ما يحتويه كل عمود:</translation>
    </message>
    <message>
        <source>%1 is chosen for two columns.</source>
        <translation>%1 مختار لعمودين.</translation>
    </message>
</context>
<context>
    <name>g2p::MainWindow</name>
    <message>
        <source>G2P Desk — %1 at %2</source>
        <translation>G2P Desk — %1 على %2</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>الأقسام</translation>
    </message>
    <message>
        <source>Individuals</source>
        <translation>الأفراد</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>الأسر</translation>
    </message>
    <message>
        <source>Programs</source>
        <translation>البرامج</translation>
    </message>
    <message>
        <source>Bulk edit</source>
        <translation>التعديل الجماعي</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>صندوق الصادر</translation>
    </message>
    <message>
        <source>Server limitations</source>
        <translation>حدود الخادم</translation>
    </message>
    <message>
        <source>Local copy and connection</source>
        <translation>النسخة المحلية والاتصال</translation>
    </message>
    <message>
        <source>Outbox status</source>
        <translation>حالة صندوق الصادر</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>النشاط</translation>
    </message>
    <message>
        <source>Offline: %1 cannot be reached</source>
        <translation>دون اتصال: تعذّر الوصول إلى %1</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>متصل بـ %1</translation>
    </message>
    <message>
        <source>Connected to %1 (registry data only)</source>
        <translation>متصل بـ %1 (بيانات السجل فقط)</translation>
    </message>
    <message>
        <source>The server cannot be reached (%1): changes wait in the outbox.</source>
        <translation>تعذّر الوصول إلى الخادم (%1): تنتظر التغييرات في صندوق الصادر.</translation>
    </message>
    <message>
        <source>never refreshed</source>
        <translation>لم تُحدَّث قط</translation>
    </message>
    <message>
        <source>refreshed just now</source>
        <translation>حُدّثت للتو</translation>
    </message>
    <message numerus="yes">
        <source>refreshed %n minute(s) ago</source>
        <translation>
            <numerusform>حُدّثت قبل %n دقيقة</numerusform>
            <numerusform>حُدّثت قبل دقيقة</numerusform>
            <numerusform>حُدّثت قبل دقيقتين</numerusform>
            <numerusform>حُدّثت قبل %n دقائق</numerusform>
            <numerusform>حُدّثت قبل %n دقيقة</numerusform>
            <numerusform>حُدّثت قبل %n دقيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>refreshed %n hour(s) ago</source>
        <translation>
            <numerusform>حُدّثت قبل %n ساعة</numerusform>
            <numerusform>حُدّثت قبل ساعة</numerusform>
            <numerusform>حُدّثت قبل ساعتين</numerusform>
            <numerusform>حُدّثت قبل %n ساعات</numerusform>
            <numerusform>حُدّثت قبل %n ساعة</numerusform>
            <numerusform>حُدّثت قبل %n ساعة</numerusform>
        </translation>
    </message>
    <message>
        <source>refreshed on %1</source>
        <translation>حُدّثت في %1</translation>
    </message>
    <message>
        <source>Working offline: showing the local copy (%1). Changes are kept in the outbox and sent when the server answers again; G2P Desk keeps trying.</source>
        <translation>العمل دون اتصال: تُعرض النسخة المحلية (%1). تُحفظ التغييرات في صندوق الصادر وتُرسل عندما يستجيب الخادم مجددًا؛ يواصل G2P Desk المحاولة.</translation>
    </message>
    <message>
        <source>Showing the local copy (%1) while it is refreshed — %2</source>
        <translation>عرض النسخة المحلية (%1) أثناء تحديثها — %2</translation>
    </message>
    <message>
        <source>Outbox unavailable</source>
        <translation>صندوق الصادر غير متاح</translation>
    </message>
    <message numerus="yes">
        <source>Outbox: %n waiting</source>
        <translation>
            <numerusform>صندوق الصادر: %n في الانتظار</numerusform>
            <numerusform>صندوق الصادر: واحد في الانتظار</numerusform>
            <numerusform>صندوق الصادر: اثنان في الانتظار</numerusform>
            <numerusform>صندوق الصادر: %n في الانتظار</numerusform>
            <numerusform>صندوق الصادر: %n في الانتظار</numerusform>
            <numerusform>صندوق الصادر: %n في الانتظار</numerusform>
        </translation>
    </message>
    <message>
        <source>Outbox: nothing waiting</source>
        <translation>صندوق الصادر: لا شيء في الانتظار</translation>
    </message>
    <message>
        <source>Outbox: all sent</source>
        <translation>صندوق الصادر: أُرسل كل شيء</translation>
    </message>
    <message numerus="yes">
        <source>, %n to look at (failed or conflict)</source>
        <translation>
            <numerusform>، %n للمراجعة (فشل أو تعارض)</numerusform>
            <numerusform>، واحد للمراجعة (فشل أو تعارض)</numerusform>
            <numerusform>، اثنان للمراجعة (فشل أو تعارض)</numerusform>
            <numerusform>، %n للمراجعة (فشل أو تعارض)</numerusform>
            <numerusform>، %n للمراجعة (فشل أو تعارض)</numerusform>
            <numerusform>، %n للمراجعة (فشل أو تعارض)</numerusform>
        </translation>
    </message>
    <message>
        <source> (offline)</source>
        <translation> (دون اتصال)</translation>
    </message>
    <message>
        <source>Select registrants on the Individuals or Groups page first.</source>
        <translation>حدّد مسجَّلين في صفحة الأفراد أو الأسر أولًا.</translation>
    </message>
    <message numerus="yes">
        <source>%n registrant(s) added to the bulk-edit grid.</source>
        <translation>
            <numerusform>أُضيف %n مسجَّل إلى جدول التعديل الجماعي.</numerusform>
            <numerusform>أُضيف مسجَّل واحد إلى جدول التعديل الجماعي.</numerusform>
            <numerusform>أُضيف مسجَّلان إلى جدول التعديل الجماعي.</numerusform>
            <numerusform>أُضيف %n مسجَّلين إلى جدول التعديل الجماعي.</numerusform>
            <numerusform>أُضيف %n مسجَّلًا إلى جدول التعديل الجماعي.</numerusform>
            <numerusform>أُضيف %n مسجَّل إلى جدول التعديل الجماعي.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>New &amp;individual…</source>
        <translation>فرد &amp;جديد…</translation>
    </message>
    <message>
        <source>New &amp;household…</source>
        <translation>أسرة &amp;جديدة…</translation>
    </message>
    <message>
        <source>&amp;Export table…</source>
        <translation>ت&amp;صدير الجدول…</translation>
    </message>
    <message>
        <source>Save the table in view, as shown, to XLSX or CSV</source>
        <translation>حفظ الجدول المعروض كما هو بصيغة XLSX أو CSV</translation>
    </message>
    <message>
        <source>Program members</source>
        <translation>أعضاء البرنامج</translation>
    </message>
    <message>
        <source>&amp;Refresh the local copy</source>
        <translation>&amp;تحديث النسخة المحلية</translation>
    </message>
    <message>
        <source>Read every registrant and membership from the server into the local copy</source>
        <translation>قراءة كل المسجَّلين والمشاركات من الخادم إلى النسخة المحلية</translation>
    </message>
    <message>
        <source>The server cannot be reached: the local copy cannot be refreshed now.</source>
        <translation>تعذّر الوصول إلى الخادم: لا يمكن تحديث النسخة المحلية الآن.</translation>
    </message>
    <message>
        <source>&amp;Connect to another server…</source>
        <translation>الا&amp;تصال بخادم آخر…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>إ&amp;نهاء</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Individuals</source>
        <translation>الأ&amp;فراد</translation>
    </message>
    <message>
        <source>&amp;Groups</source>
        <translation>الأ&amp;سر</translation>
    </message>
    <message>
        <source>&amp;Programs</source>
        <translation>ال&amp;برامج</translation>
    </message>
    <message>
        <source>&amp;Bulk edit</source>
        <translation>التعديل ال&amp;جماعي</translation>
    </message>
    <message>
        <source>&amp;Outbox</source>
        <translation>&amp;صندوق الصادر</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;بحث</translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation>&amp;النشاط</translation>
    </message>
    <message>
        <source>&amp;Registrant</source>
        <translation>الم&amp;سجَّل</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>إجراءات</translation>
    </message>
    <message>
        <source>Add selected to &amp;bulk edit</source>
        <translation>إضافة المحدد إلى التعديل ال&amp;جماعي</translation>
    </message>
    <message>
        <source>New enrolment rows in the bulk-edit grid for the selected registrants</source>
        <translation>صفوف إلحاق جديدة في جدول التعديل الجماعي للمسجَّلين المحددين</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>&amp;About G2P Desk</source>
        <translation>&amp;حول G2P Desk</translation>
    </message>
    <message>
        <source>About G2P Desk</source>
        <translation>حول G2P Desk</translation>
    </message>
    <message>
        <source>&lt;b&gt;G2P Desk %1&lt;/b&gt;&lt;br&gt;Program memberships for OpenG2P / OpenSPP registries.&lt;br&gt;Licensed under the GNU GPL, version 3 or later.</source>
        <translation>&lt;b&gt;G2P Desk %1&lt;/b&gt;&lt;br&gt;المشاركة في البرامج لسجلات OpenG2P / OpenSPP.&lt;br&gt;مرخّص بموجب رخصة جنو العمومية، الإصدار 3 أو أحدث.</translation>
    </message>
    <message>
        <source>Open Individuals or Groups first.</source>
        <translation>افتح الأفراد أو الأسر أولًا.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <source>G2P Desk will use %1 from its next start.</source>
        <translation>سيستخدم G2P Desk %1 من تشغيله القادم.</translation>
    </message>
    <message>
        <source>the system language</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <source>The server refused the sign-in: changes wait in the outbox.</source>
        <translation>رفض الخادم تسجيل الدخول: التغييرات تنتظر في صندوق الصادر.</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>سجّل الدخول مجددًا</translation>
    </message>
    <message>
        <source>The server refused the sign-in (%1).
Nothing more is sent until you sign in again; your changes wait in the outbox.

Password for %2 on %3:</source>
        <translation>رفض الخادم تسجيل الدخول (%1).
لن يُرسل أي شيء آخر حتى تسجّل الدخول مجددًا؛ تغييراتك تنتظر في صندوق الصادر.

كلمة مرور %2 على %3:</translation>
    </message>
    <message>
        <source>Sign in and send</source>
        <translation>تسجيل الدخول والإرسال</translation>
    </message>
    <message>
        <source>Outbox damaged</source>
        <translation>صندوق الصادر تالف</translation>
    </message>
    <message>
        <source>The outbox file was damaged and was set aside:
%1

The changes it still holds can be copied into a new outbox and sent. Changes that were on their way are checked against the server first, so nothing is applied twice.</source>
        <translation>كان ملف صندوق الصادر تالفًا ووُضع جانبًا:
%1

يمكن نسخ التغييرات التي لا يزال يحتويها إلى صندوق صادر جديد وإرسالها. يُتحقق أولًا من الخادم من التغييرات التي كانت قيد الإرسال، فلا يُطبَّق شيء مرتين.</translation>
    </message>
    <message>
        <source>Recover the changes</source>
        <translation>استعادة التغييرات</translation>
    </message>
    <message>
        <source>Leave it aside</source>
        <translation>تركه جانبًا</translation>
    </message>
    <message>
        <source>Nothing could be recovered from the damaged outbox: %1</source>
        <translation>تعذّر استعادة أي شيء من صندوق الصادر التالف: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) recovered into the outbox.</source>
        <translation>
            <numerusform>لم تُستعد أي تغييرات (%n) إلى صندوق الصادر.</numerusform>
            <numerusform>استُعيد تغيير واحد (%n) إلى صندوق الصادر.</numerusform>
            <numerusform>استُعيد تغييران (%n) إلى صندوق الصادر.</numerusform>
            <numerusform>استُعيدت %n تغييرات إلى صندوق الصادر.</numerusform>
            <numerusform>استُعيد %n تغييرًا إلى صندوق الصادر.</numerusform>
            <numerusform>استُعيد %n تغيير إلى صندوق الصادر.</numerusform>
        </translation>
    </message>
    <message>
        <source>Signing out…</source>
        <translation>جارٍ تسجيل الخروج…</translation>
    </message>
    <message>
        <source>Connected to %1 (%2)</source>
        <translation>متصل بـ %1 (%2)</translation>
    </message>
    <message>
        <source>Server kind</source>
        <translation>نوع الخادم</translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation>&amp;البدء</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>البدء</translation>
    </message>
    <message>
        <source>&lt;b&gt;G2P Desk: an officer&apos;s everyday tasks&lt;/b&gt;</source>
        <translation>&lt;b&gt;G2P Desk: المهام اليومية&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Outbox (%1)</source>
        <translation>صندوق الصادر (%1)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>البداية</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>ال&amp;بداية</translation>
    </message>
    <message>
        <source>Save report as &amp;PDF</source>
        <translation>حفظ تقرير بصيغة &amp;PDF</translation>
    </message>
    <message>
        <source>Print repor&amp;t</source>
        <translation>طباعة &amp;تقرير</translation>
    </message>
    <message>
        <source>&lt;b&gt;Start.&lt;/b&gt; G2P Desk opens on the start page (Alt+Home): type a name in its search box and press Enter. Below it: changes that wait or failed, registrants opened recently, your worklists and each program&apos;s counts.</source>
        <translation>&lt;b&gt;البداية.&lt;/b&gt; يفتح G2P Desk على صفحة البداية (Alt+Home): اكتب اسمًا في مربع البحث فيها واضغط Enter. وتحته: التغييرات المنتظرة أو التي فشلت، والمسجَّلون الذين فُتحت سجلاتهم مؤخرًا، وقوائم العمل، وأعداد كل برنامج.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Find someone.&lt;/b&gt; Ctrl+F, type part of a name, an ID number or a database ID. The local copy answers at once, the server after it. Down or Enter moves into the results.</source>
        <translation>&lt;b&gt;البحث عن شخص.&lt;/b&gt; Ctrl+F ثم اكتب جزءًا من الاسم أو رقم هوية أو معرّف قاعدة البيانات. تجيب النسخة المحلية فورًا ثم الخادم. السهم لأسفل أو Enter ينقلك إلى النتائج.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Open.&lt;/b&gt; Enter on a registrant takes the keyboard to their program memberships, one card per program; Up and Down choose one.</source>
        <translation>&lt;b&gt;الفتح.&lt;/b&gt; الضغط على Enter عند المسجَّل ينقل لوحة المفاتيح إلى مشاركاته، بطاقة لكل برنامج؛ ويختار السهمان لأعلى ولأسفل إحداها.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Enrol.&lt;/b&gt; Open the registrant, then Enroll (Ctrl+E): only programs they can join are offered.</source>
        <translation>&lt;b&gt;الإلحاق.&lt;/b&gt; افتح المسجَّل ثم إلحاق (Ctrl+E): تُعرض فقط البرامج التي يمكنه الانضمام إليها.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pause, resume, exit.&lt;/b&gt; Select memberships in the registrant&apos;s list, then Ctrl+P, Ctrl+R or Ctrl+Shift+X. An exit needs a reason and is final.</source>
        <translation>&lt;b&gt;الإيقاف المؤقت والاستئناف والخروج.&lt;/b&gt; حدد مشاركات في قائمة المسجَّل ثم Ctrl+P أو Ctrl+R أو Ctrl+Shift+X. الخروج يحتاج إلى سبب وهو نهائي.</translation>
    </message>
    <message>
        <source>&lt;b&gt;History.&lt;/b&gt; Ctrl+H lists every change of the registrant&apos;s memberships, those made from this desktop marked as such.</source>
        <translation>&lt;b&gt;السجل التاريخي.&lt;/b&gt; Ctrl+H يعرض كل تغيير في مشاركات المسجَّل، مع تمييز ما أُجري من هذا الجهاز.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Many at once.&lt;/b&gt; Add the selection to the bulk-edit grid (Ctrl+B) or import a sheet there (Ctrl+I); Review and send (Ctrl+Enter) shows what will change before anything is sent.</source>
        <translation>&lt;b&gt;كثيرون دفعة واحدة.&lt;/b&gt; أضف التحديد إلى جدول التعديل الجماعي (Ctrl+B) أو استورد ورقة إليه (Ctrl+I)؛ المراجعة والإرسال (Ctrl+Enter) تعرض ما سيتغير قبل إرسال أي شيء.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Programs and reports.&lt;/b&gt; Programs (Ctrl+3) shows a program&apos;s members by state and, under Over time (Alt+T), its enrolments, exits and pauses per month. File → Save report as PDF or Print report: a registrant&apos;s record, a program&apos;s members as filtered, a program&apos;s summary.</source>
        <translation>&lt;b&gt;البرامج والتقارير.&lt;/b&gt; تعرض صفحة البرامج (Ctrl+3) أعضاء البرنامج حسب الحالة، وتحت «عبر الزمن» (Alt+T) الالتحاقات وحالات الخروج والإيقاف المؤقت شهريًا. ملف ← حفظ التقرير بصيغة PDF أو طباعة التقرير: سجل المسجَّل، وأعضاء البرنامج كما صُفّوا، وملخص البرنامج.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Offline.&lt;/b&gt; Changes wait in the Outbox (Ctrl+5) until the server answers; nothing is lost or sent twice.</source>
        <translation>&lt;b&gt;دون اتصال.&lt;/b&gt; تنتظر التغييرات في صندوق الصادر (Ctrl+5) حتى يجيب الخادم؛ لا يضيع شيء ولا يُرسل مرتين.</translation>
    </message>
    <message>
        <source>Every key: Help → Keyboard shortcuts (Ctrl+/).</source>
        <translation>كل المفاتيح: مساعدة ← اختصارات لوحة المفاتيح (Ctrl+/).</translation>
    </message>
</context>
<context>
    <name>g2p::MembershipChangeDialog</name>
    <message>
        <source>Graduated</source>
        <translation>تخرّج</translation>
    </message>
    <message>
        <source>Moved out of the area</source>
        <translation>انتقل خارج المنطقة</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>متوفى</translation>
    </message>
    <message>
        <source>No longer eligible after review</source>
        <translation>لم يعد مؤهلًا بعد المراجعة</translation>
    </message>
    <message>
        <source>Voluntary withdrawal</source>
        <translation>انسحاب طوعي</translation>
    </message>
    <message>
        <source>Duplicate registration</source>
        <translation>تسجيل مكرر</translation>
    </message>
    <message numerus="yes">
        <source>%n memberships</source>
        <translation>
            <numerusform>%n مشاركة</numerusform>
            <numerusform>مشاركة واحدة</numerusform>
            <numerusform>مشاركتان</numerusform>
            <numerusform>%n مشاركات</numerusform>
            <numerusform>%n مشاركة</numerusform>
            <numerusform>%n مشاركة</numerusform>
        </translation>
    </message>
    <message>
        <source>Exit date</source>
        <translation>تاريخ الخروج</translation>
    </message>
    <message>
        <source>E&amp;xit date:</source>
        <translation>تاريخ ال&amp;خروج:</translation>
    </message>
    <message>
        <source>Exit reason</source>
        <translation>سبب الخروج</translation>
    </message>
    <message>
        <source>Pick or type the reason (required)</source>
        <translation>اختر السبب أو اكتبه (مطلوب)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>ال&amp;سبب:</translation>
    </message>
    <message>
        <source>Enrollment date</source>
        <translation>تاريخ الإلحاق</translation>
    </message>
    <message>
        <source>&amp;Enrolled again on:</source>
        <translation>أُعيد إ&amp;لحاقه في:</translation>
    </message>
    <message>
        <source>&amp;Enrollment date:</source>
        <translation>تاريخ الإ&amp;لحاق:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Optional: kept in the membership&apos;s history</source>
        <translation>اختياري: يُحفظ في السجل التاريخي للمشاركة</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;ملاحظة:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Pick one or type it.</source>
        <translation>اختر سببًا أو اكتبه.</translation>
    </message>
    <message>
        <source>Optional: kept in this desktop&apos;s history</source>
        <translation>اختياري: يُحفظ في سجل هذا الجهاز</translation>
    </message>
    <message>
        <source>This server does not store exit reasons: G2P Desk keeps the reason in this desktop&apos;s history only, not on the server.</source>
        <translation>لا يحفظ هذا الخادم أسباب الخروج: يحتفظ G2P Desk بالسبب في سجل هذا الجهاز فقط، لا على الخادم.</translation>
    </message>
    <message>
        <source>Where the reason is kept</source>
        <translation>أين يُحفظ السبب</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 في %2</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…و%n أخرى</numerusform>
            <numerusform>…وواحد آخر</numerusform>
            <numerusform>…واثنان آخران</numerusform>
            <numerusform>…و%n أخرى</numerusform>
            <numerusform>…و%n أخرى</numerusform>
            <numerusform>…و%n أخرى</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n membership(s)</source>
        <translation>
            <numerusform>%1: %n مشاركة</numerusform>
            <numerusform>%1: مشاركة واحدة</numerusform>
            <numerusform>%1: مشاركتان</numerusform>
            <numerusform>%1: %n مشاركات</numerusform>
            <numerusform>%1: %n مشاركة</numerusform>
            <numerusform>%1: %n مشاركة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>g2p::MembershipGridModel</name>
    <message>
        <source>Registrant ID</source>
        <translation>معرّف المسجَّل</translation>
    </message>
    <message>
        <source>Registrant</source>
        <translation>المسجَّل</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Enrollment date</source>
        <translation>تاريخ الإلحاق</translation>
    </message>
    <message>
        <source>Exit date</source>
        <translation>تاريخ الخروج</translation>
    </message>
    <message>
        <source>Exit reason</source>
        <translation>سبب الخروج</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>kept their version</source>
        <translation>احتُفظ بنسختهم</translation>
    </message>
    <message>
        <source>mine kept over theirs: submit again</source>
        <translation>احتُفظ بنسختي فوق نسختهم: أرسل مجددًا</translation>
    </message>
    <message>
        <source>“%1” looks like a spreadsheet formula, not a value.</source>
        <translation>«%1» يبدو صيغة جدول بيانات، لا قيمة.</translation>
    </message>
    <message>
        <source>Choose the program to enrol in.</source>
        <translation>اختر البرنامج المراد الإلحاق به.</translation>
    </message>
    <message>
        <source>No program is named “%1”.</source>
        <translation>لا برنامج باسم «%1».</translation>
    </message>
    <message>
        <source>%1 is for individuals; this registrant is a group.</source>
        <translation>%1 مخصص للأفراد؛ هذا المسجَّل أسرة.</translation>
    </message>
    <message>
        <source>%1 is for groups; this registrant is an individual.</source>
        <translation>%1 مخصص للأسر؛ هذا المسجَّل فرد.</translation>
    </message>
    <message>
        <source>“%1” is not a membership state (one of: %2).</source>
        <translation>«%1» ليست حالة مشاركة (إحدى: %2).</translation>
    </message>
    <message>
        <source>Only an exited membership has an exit date and reason.</source>
        <translation>لا تاريخ خروج ولا سبب إلا لمشاركة خرجت.</translation>
    </message>
    <message>
        <source>Was: %1</source>
        <translation>كان: %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(فارغ)</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>تعديل %1</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <source>Fill down</source>
        <translation>تعبئة للأسفل</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>لصق</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) in read-only columns were left as they are.</source>
        <translation>
            <numerusform>تُركت %n خلية في أعمدة للقراءة فقط كما هي.</numerusform>
            <numerusform>تُركت خلية واحدة في عمود للقراءة فقط كما هي.</numerusform>
            <numerusform>تُركت خليتان في أعمدة للقراءة فقط كما هما.</numerusform>
            <numerusform>تُركت %n خلايا في أعمدة للقراءة فقط كما هي.</numerusform>
            <numerusform>تُركت %n خلية في أعمدة للقراءة فقط كما هي.</numerusform>
            <numerusform>تُركت %n خلية في أعمدة للقراءة فقط كما هي.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pasted row(s) went past the last row and were dropped.</source>
        <translation>
            <numerusform>تجاوز %n صف ملصوق الصف الأخير فحُذف.</numerusform>
            <numerusform>تجاوز صف ملصوق واحد الصف الأخير فحُذف.</numerusform>
            <numerusform>تجاوز صفّان ملصوقان الصف الأخير فحُذفا.</numerusform>
            <numerusform>تجاوزت %n صفوف ملصوقة الصف الأخير فحُذفت.</numerusform>
            <numerusform>تجاوز %n صفًا ملصوقًا الصف الأخير فحُذفت.</numerusform>
            <numerusform>تجاوز %n صف ملصوق الصف الأخير فحُذفت.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n row(s)</source>
        <translation>
            <numerusform>إزالة %n صف</numerusform>
            <numerusform>إزالة صف واحد</numerusform>
            <numerusform>إزالة صفين</numerusform>
            <numerusform>إزالة %n صفوف</numerusform>
            <numerusform>إزالة %n صفًا</numerusform>
            <numerusform>إزالة %n صف</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1 is the same membership (same registrant and program): keep one row per membership and remove the other.</source>
        <translation>الصف %1 هو المشاركة نفسها (المسجَّل نفسه والبرنامج نفسه): أبقِ صفًا واحدًا لكل مشاركة وأزل الآخر.</translation>
    </message>
    <message>
        <source>Invalid: %1</source>
        <translation>غير صالح: %1</translation>
    </message>
    <message>
        <source>Changed, was %1</source>
        <translation>تغيّر، كان %1</translation>
    </message>
    <message>
        <source>Changed (a new row)</source>
        <translation>تغيّر (صف جديد)</translation>
    </message>
</context>
<context>
    <name>g2p::MembershipImport</name>
    <message>
        <source>The file is empty.</source>
        <translation>الملف فارغ.</translation>
    </message>
    <message>
        <source>The file has a header but no rows.</source>
        <translation>للملف ترويسة ولكن لا صفوف فيه.</translation>
    </message>
    <message>
        <source>The row has %1 cells but the header only %2: check for a stray separator or an unquoted comma.</source>
        <translation>في الصف %1 خلية لكن في الترويسة %2 فقط: تحقّق من وجود فاصل زائد أو فاصلة غير محاطة بعلامتي اقتباس.</translation>
    </message>
    <message>
        <source>“%1” is not a registrant ID (a whole number above 0).</source>
        <translation>«%1» ليس معرّف مسجَّل (عدد صحيح أكبر من 0).</translation>
    </message>
    <message>
        <source>No registrant: the row needs a registrant ID, or an ID type and number.</source>
        <translation>لا مسجَّل: يحتاج الصف إلى معرّف المسجَّل، أو نوع الهوية ورقمها.</translation>
    </message>
    <message>
        <source>No program given.</source>
        <translation>لم يُحدَّد برنامج.</translation>
    </message>
    <message>
        <source>Duplicate of line %1 (same registrant and program); only the first is imported.</source>
        <translation>تكرار للسطر %1 (نفس المسجَّل ونفس البرنامج)؛ يُستورد الأول فقط.</translation>
    </message>
    <message>
        <source>Not imported: the import was cancelled.</source>
        <translation>لم يُستورد: أُلغي الاستيراد.</translation>
    </message>
    <message>
        <source>Registrant %1 could not be read: %2</source>
        <translation>تعذّرت قراءة المسجَّل %1: %2</translation>
    </message>
    <message>
        <source>The registry has no registrant with ID %1.</source>
        <translation>لا مسجَّل في السجل بالمعرّف %1.</translation>
    </message>
    <message>
        <source>No registrant with %1 “%2” is in the local copy, and the registry API cannot look a registrant up by ID number: refresh the local copy (F5) or give the registrant ID.</source>
        <translation>لا يوجد في النسخة المحلية مسجَّل بـ %1 «%2»، ولا تتيح واجهة السجل البحث برقم الهوية: حدّث النسخة المحلية (F5) أو أعطِ معرّف المسجَّل.</translation>
    </message>
    <message>
        <source>Registrant %1 has no membership in %2, so it cannot be %3; nothing was loaded for this line. Enrol the registrant first, or remove the line.</source>
        <translation>المسجَّل %1 ليست له مشاركة في %2، لذا لا يمكن أن يصبح %3؛ لم يُحمَّل شيء لهذا السطر. ألحقه أولًا أو احذف السطر.</translation>
    </message>
    <message>
        <source>exited</source>
        <translation>خارجًا</translation>
    </message>
    <message>
        <source>%1 “%2” could not be looked up in the registry: %3</source>
        <translation>تعذّر البحث عن %1 «%2» في السجل: %3</translation>
    </message>
    <message>
        <source>The registry has no registrant with %1 “%2”: check the ID type and number.</source>
        <translation>لا يوجد في السجل مسجَّل بـ %1 «%2»: تحقّق من نوع الهوية ورقمها.</translation>
    </message>
    <message>
        <source>No registrant with %1 “%2” is in the local copy, and only the first %3 numbers missing from it are looked up in the registry: refresh the local copy (F5) and import again.</source>
        <translation>لا يوجد مسجَّل بـ %1 «%2» في النسخة المحلية، ولا يُبحث في السجل إلا عن أول %3 رقم ناقص منها: حدّث النسخة المحلية (F5) ثم استورد من جديد.</translation>
    </message>
</context>
<context>
    <name>g2p::MembershipTableModel</name>
    <message>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>ملتحق</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>موقوف مؤقتًا</translation>
    </message>
    <message>
        <source>Exited</source>
        <translation>خرج</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>غير مؤهل</translation>
    </message>
    <message>
        <source>Duplicated</source>
        <translation>مكرر</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <source>Registrant</source>
        <translation>المسجَّل</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Enrolled on</source>
        <translation>تاريخ الالتحاق</translation>
    </message>
    <message>
        <source>Exit date</source>
        <translation>تاريخ الخروج</translation>
    </message>
    <message>
        <source>Exit reason</source>
        <translation>سبب الخروج</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>آخر تغيير</translation>
    </message>
    <message>
        <source>enrolled on %1</source>
        <translation>التحق في %1</translation>
    </message>
    <message>
        <source>exit on %1</source>
        <translation>خرج في %1</translation>
    </message>
    <message>
        <source>exit on %1 (%2)</source>
        <translation>خرج في %1 (%2)</translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation>السبب: %1</translation>
    </message>
    <message>
        <source>last change %1</source>
        <translation>آخر تغيير في %1</translation>
    </message>
    <message>
        <source>No dates recorded</source>
        <translation>لا توجد تواريخ مسجلة</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the parts of a membership&apos;s summary</comment>
        <translation>، </translation>
    </message>
    <message>
        <source>%1: %2. %3</source>
        <translation>%1: %2. %3</translation>
    </message>
</context>
<context>
    <name>g2p::NavigationHistory</name>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;رجوع</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;تقدم</translation>
    </message>
</context>
<context>
    <name>g2p::OdooBackend</name>
    <message>
        <source>Odoo external API</source>
        <translation>واجهة Odoo الخارجية</translation>
    </message>
    <message>
        <source>Odoo %1 external API</source>
        <translation>واجهة Odoo %1 الخارجية</translation>
    </message>
    <message>
        <source>Your account may not %1 on this server. The server said: %2</source>
        <translation>لا يُسمح لحسابك بـ %1 على هذا الخادم. قال الخادم: %2</translation>
    </message>
    <message>
        <source>The server refused the password or API key of %1. Sign in again.</source>
        <translation>رفض الخادم كلمة المرور أو مفتاح API الخاص بـ %1. سجّل الدخول مجددًا.</translation>
    </message>
    <message>
        <source>The server has no database “%1”. Check the database name of this profile.</source>
        <translation>لا توجد على الخادم قاعدة بيانات «%1». تحقق من اسم قاعدة البيانات في هذا الملف الشخصي.</translation>
    </message>
    <message>
        <source>Signed out: nothing more is sent from this window.</source>
        <translation>تم تسجيل الخروج: لن يُرسَل شيء آخر من هذه النافذة.</translation>
    </message>
    <message>
        <source>sign in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <source>Wrong user name, password or API key for %1 on database “%2”.</source>
        <translation>اسم المستخدم أو كلمة المرور أو مفتاح API غير صحيح لـ %1 على قاعدة البيانات «%2».</translation>
    </message>
    <message>
        <source>list the databases</source>
        <translation>سرد قواعد البيانات</translation>
    </message>
    <message>
        <source>The server lists no database. Enter the database name in the profile.</source>
        <translation>لا يسرد الخادم أي قاعدة بيانات. أدخل اسم قاعدة البيانات في الملف الشخصي.</translation>
    </message>
    <message>
        <source>This server has several databases (%1). Choose one in the profile.</source>
        <translation>يحتوي هذا الخادم على عدة قواعد بيانات (%1). اختر واحدة في الملف الشخصي.</translation>
    </message>
    <message>
        <source>This server does not list its databases. Enter the database name in the profile.</source>
        <translation>لا يسرد هذا الخادم قواعد بياناته. أدخل اسم قاعدة البيانات في الملف الشخصي.</translation>
    </message>
    <message>
        <source>ask the server&apos;s version</source>
        <translation>الاستعلام عن إصدار الخادم</translation>
    </message>
    <message>
        <source>This address does not answer like an Odoo server.</source>
        <translation>لا يجيب هذا العنوان كخادم Odoo.</translation>
    </message>
    <message>
        <source>learn what this account may do</source>
        <translation>معرفة ما يمكن لهذا الحساب فعله</translation>
    </message>
    <message>
        <source>No registrant with id %1 on this server.</source>
        <translation>لا يوجد مسجل بالمعرف %1 على هذا الخادم.</translation>
    </message>
    <message>
        <source>list programs</source>
        <translation>سرد البرامج</translation>
    </message>
    <message>
        <source>read a program</source>
        <translation>قراءة برنامج</translation>
    </message>
    <message>
        <source>No program with id %1 on this server.</source>
        <translation>لا يوجد برنامج بالمعرف %1 على هذا الخادم.</translation>
    </message>
    <message>
        <source>list program memberships</source>
        <translation>سرد المشاركات في البرامج</translation>
    </message>
    <message>
        <source>read a program membership</source>
        <translation>قراءة مشاركة في برنامج</translation>
    </message>
    <message>
        <source>No program membership with id %1 on this server.</source>
        <translation>لا توجد عضوية بالمعرف %1 على هذا الخادم.</translation>
    </message>
    <message>
        <source>count program members</source>
        <translation>عدّ أعضاء البرنامج</translation>
    </message>
    <message>
        <source>read a membership&apos;s history</source>
        <translation>قراءة سجل عضوية</translation>
    </message>
    <message>
        <source>Membership %1 was changed on the server at %2 (UTC) since it was read at %3; nothing was written.</source>
        <translation>عُدّلت العضوية %1 على الخادم في %2 (UTC) منذ قراءتها في %3؛ لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>change program memberships</source>
        <translation>تغيير العضويات في البرامج</translation>
    </message>
    <message>
        <source>note the change on the membership</source>
        <translation>تدوين التغيير على العضوية</translation>
    </message>
    <message>
        <source>The enrollment date %1 is after today (%2, UTC).</source>
        <translation>تاريخ التسجيل %1 بعد اليوم (%2، UTC).</translation>
    </message>
    <message>
        <source>enrol registrants in a program</source>
        <translation>تسجيل المسجلين في برنامج</translation>
    </message>
    <message>
        <source>%1 has ended or is archived: nobody can be enrolled in it.</source>
        <translation>%1 منتهٍ أو مؤرشف: لا يمكن إلحاق أحد به.</translation>
    </message>
    <message>
        <source>No registrant with id %1.</source>
        <translation>لا يوجد مسجل بالمعرف %1.</translation>
    </message>
    <message>
        <source>Registrant %1 is disabled in the registry: it cannot be enrolled.</source>
        <translation>المسجل %1 معطّل في السجل: لا يمكن تسجيله.</translation>
    </message>
    <message>
        <source>Registrant %1 is an individual; the program enrols groups.</source>
        <translation>المسجل %1 فرد؛ البرنامج يسجل مجموعات.</translation>
    </message>
    <message>
        <source>Registrant %1 is a group; the program enrols individuals.</source>
        <translation>المسجل %1 مجموعة؛ البرنامج يسجل أفرادًا.</translation>
    </message>
    <message>
        <source>Registrant %1 is %2 in this program; the membership cannot become %3.</source>
        <translation>لدى المسجل %1 عضوية %2 في هذا البرنامج؛ لا يمكن أن تصبح %3.</translation>
    </message>
    <message>
        <source>note the enrolments on the memberships</source>
        <translation>تدوين التسجيلات على العضويات</translation>
    </message>
    <message>
        <source>look for the change&apos;s note</source>
        <translation>البحث عن ملاحظة التغيير</translation>
    </message>
    <message>
        <source>This server has no ID type “%1”.</source>
        <translation>لا يوجد على هذا الخادم نوع هوية «%1».</translation>
    </message>
    <message>
        <source>This server has no active program “%1” for %2.</source>
        <translation>لا يوجد على هذا الخادم برنامج نشط «%1» لـ %2.</translation>
    </message>
    <message>
        <source>households</source>
        <translation>الأسر</translation>
    </message>
    <message>
        <source>individuals</source>
        <translation>الأفراد</translation>
    </message>
    <message>
        <source>This server has no gender “%1”.</source>
        <translation>لا يوجد على هذا الخادم جنس «%1».</translation>
    </message>
    <message>
        <source>read the registry&apos;s reference data</source>
        <translation>قراءة البيانات المرجعية للسجل</translation>
    </message>
    <message>
        <source>read program memberships</source>
        <translation>قراءة العضويات في البرامج</translation>
    </message>
    <message>
        <source>create registrants</source>
        <translation>إنشاء مسجلين</translation>
    </message>
    <message>
        <source>This server has no household role “%1”.</source>
        <translation>لا يوجد على هذا الخادم دور أسري «%1».</translation>
    </message>
</context>
<context>
    <name>g2p::OutboxCommand</name>
    <message>
        <source>%1: changed by someone else since it was read (now %2); look at it again</source>
        <translation>%1: غيّره شخص آخر بعد قراءته (الآن %2)؛ راجعه مجددًا</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>, %n failed</source>
        <translation>
            <numerusform>، %n فاشل</numerusform>
            <numerusform>، واحد فاشل</numerusform>
            <numerusform>، اثنان فاشلان</numerusform>
            <numerusform>، %n فاشلة</numerusform>
            <numerusform>، %n فاشلًا</numerusform>
            <numerusform>، %n فاشل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n not sent</source>
        <translation>
            <numerusform>، %n لم يُرسل</numerusform>
            <numerusform>، واحد لم يُرسل</numerusform>
            <numerusform>، اثنان لم يُرسلا</numerusform>
            <numerusform>، %n لم تُرسل</numerusform>
            <numerusform>، %n لم يُرسل</numerusform>
            <numerusform>، %n لم يُرسل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n waiting in the outbox until the server answers</source>
        <translation>
            <numerusform>، %n في صندوق الصادر حتى يستجيب الخادم</numerusform>
            <numerusform>، واحد في صندوق الصادر حتى يستجيب الخادم</numerusform>
            <numerusform>، اثنان في صندوق الصادر حتى يستجيب الخادم</numerusform>
            <numerusform>، %n في صندوق الصادر حتى يستجيب الخادم</numerusform>
            <numerusform>، %n في صندوق الصادر حتى يستجيب الخادم</numerusform>
            <numerusform>، %n في صندوق الصادر حتى يستجيب الخادم</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message numerus="yes">
        <source>%n already so — nothing changed</source>
        <translation>
            <numerusform>%n كما هو — لم يتغير شيء</numerusform>
            <numerusform>واحد كما هو — لم يتغير شيء</numerusform>
            <numerusform>اثنان كما هما — لم يتغير شيء</numerusform>
            <numerusform>%n كما هي — لم يتغير شيء</numerusform>
            <numerusform>%n كما هي — لم يتغير شيء</numerusform>
            <numerusform>%n كما هي — لم يتغير شيء</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>g2p::OutboxModel</name>
    <message>
        <source>waiting</source>
        <translation>في الانتظار</translation>
    </message>
    <message>
        <source>sent, not yet confirmed</source>
        <translation>أُرسل ولم يُؤكَّد بعد</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>مؤكَّد</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>فشل</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>تعارض</translation>
    </message>
    <message>
        <source>discarded</source>
        <translation>تُجوهل</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Registrant</source>
        <translation>المسجَّل</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>التغيير</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>المحاولات</translation>
    </message>
    <message>
        <source>Server&apos;s answer</source>
        <translation>إجابة الخادم</translation>
    </message>
    <message>
        <source>Queued at</source>
        <translation>وُضع في الانتظار في</translation>
    </message>
    <message>
        <source>Enrollment date</source>
        <translation>تاريخ الإلحاق</translation>
    </message>
    <message>
        <source>Exit date</source>
        <translation>تاريخ الخروج</translation>
    </message>
    <message>
        <source>Exit reason</source>
        <translation>سبب الخروج</translation>
    </message>
    <message>
        <source>Last changed on the server</source>
        <translation>آخر تغيير على الخادم</translation>
    </message>
    <message>
        <source>unknown outcome</source>
        <translation>نتيجة غير معروفة</translation>
    </message>
    <message>
        <source>Sent, but the answer was lost (or the program stopped while it was on its way): the server may or may not have applied it. It is checked against the server before anything is sent again. Check now asks the server without sending anything; then discard it or send it again.</source>
        <translation>أُرسل، لكن الرد ضاع (أو توقف البرنامج أثناء الإرسال): ربما طبّقه الخادم وربما لا. يُتحقق منه لدى الخادم قبل إرسال أي شيء مجددًا. «تحقق الآن» يسأل الخادم دون إرسال أي شيء؛ ثم تجاهله أو أرسله مجددًا.</translation>
    </message>
</context>
<context>
    <name>g2p::OutboxPage</name>
    <message>
        <source>Which changes to show</source>
        <translation>التغييرات المراد عرضها</translation>
    </message>
    <message>
        <source>Not yet confirmed</source>
        <translation>لم تُؤكَّد بعد</translation>
    </message>
    <message>
        <source>Failed and conflicts</source>
        <translation>الفاشلة والمتعارضة</translation>
    </message>
    <message>
        <source>Everything, confirmed too</source>
        <translation>الكل، بما فيه المؤكَّد</translation>
    </message>
    <message>
        <source>Outbox summary</source>
        <translation>ملخص صندوق الصادر</translation>
    </message>
    <message>
        <source>&amp;Send now</source>
        <translation>إ&amp;رسال الآن</translation>
    </message>
    <message>
        <source>Try the server now for everything that waits (Ctrl+Shift+S)</source>
        <translation>تجربة الخادم الآن لكل ما ينتظر (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Send &amp;again / keep mine</source>
        <translation>إرسال &amp;مجددًا / الاحتفاظ بنسختي</translation>
    </message>
    <message>
        <source>Send the selected failed changes again; for a conflict, apply mine over the server&apos;s version (Ctrl+R)</source>
        <translation>إرسال التغييرات الفاشلة المحددة مجددًا؛ في حالة التعارض، تطبيق نسختي فوق نسخة الخادم (Ctrl+R)</translation>
    </message>
    <message>
        <source>&amp;Discard / take theirs</source>
        <translation>&amp;تجاهل / اعتماد نسختهم</translation>
    </message>
    <message>
        <source>Drop the selected changes from the outbox; for a conflict, the server&apos;s version stays (Delete)</source>
        <translation>حذف التغييرات المحددة من صندوق الصادر؛ في حالة التعارض تبقى نسخة الخادم (Delete)</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>صندوق الصادر</translation>
    </message>
    <message>
        <source>Conflict: this desktop&apos;s version and the server&apos;s</source>
        <translation>تعارض: نسخة هذا الجهاز ونسخة الخادم</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>This desktop</source>
        <translation>هذا الجهاز</translation>
    </message>
    <message>
        <source>Server now</source>
        <translation>الخادم الآن</translation>
    </message>
    <message>
        <source>Trying the server…</source>
        <translation>جارٍ تجربة الخادم…</translation>
    </message>
    <message>
        <source>the server answers</source>
        <translation>الخادم يستجيب</translation>
    </message>
    <message>
        <source>the server cannot be reached now</source>
        <translation>تعذّر الوصول إلى الخادم الآن</translation>
    </message>
    <message>
        <source>Every change made from this desktop is confirmed by the server.</source>
        <translation>أكّد الخادم كل تغيير أُجري من هذا الجهاز.</translation>
    </message>
    <message>
        <source>%1 waiting, %2 failed or in conflict; %3.</source>
        <translation>%1 في الانتظار، %2 فاشل أو في تعارض؛ %3.</translation>
    </message>
    <message>
        <source>Someone changed this membership on the server after it was read here. Keep mine sends this desktop&apos;s change over theirs; take theirs drops it.</source>
        <translation>غيّر أحدهم هذه المشاركة على الخادم بعد قراءتها هنا. «الاحتفاظ بنسختي» يرسل تغيير هذا الجهاز فوق تغييرهم؛ «اعتماد نسختهم» يتخلى عنه.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&amp;Check now</source>
        <translation>&amp;تحقق الآن</translation>
    </message>
    <message>
        <source>Ask the server whether the selected changes of unknown outcome were applied, without sending anything (Ctrl+K)</source>
        <translation>اسأل الخادم إن كانت التغييرات المحددة ذات النتيجة غير المعروفة قد طُبّقت، دون إرسال أي شيء (Ctrl+K)</translation>
    </message>
    <message>
        <source>always</source>
        <translation>دائمًا</translation>
    </message>
    <message>
        <source> days</source>
        <translation> يومًا</translation>
    </message>
    <message>
        <source>Keep confirmed and discarded changes for</source>
        <translation>الاحتفاظ بالتغييرات المؤكدة والمتجاهلة لمدة</translation>
    </message>
    <message>
        <source>Confirmed and discarded changes older than this are removed from this computer when G2P Desk next opens this profile. Changes not yet confirmed are always kept.</source>
        <translation>تُزال التغييرات المؤكدة والمتجاهلة الأقدم من ذلك من هذا الحاسوب عندما يفتح G2P Desk هذا الملف الشخصي في المرة القادمة. أما التغييرات غير المؤكدة بعد فتُحفظ دائمًا.</translation>
    </message>
    <message>
        <source>&amp;Keep confirmed and discarded changes for:</source>
        <translation>&amp;الاحتفاظ بالتغييرات المؤكدة والمتجاهلة لمدة:</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>جارٍ سؤال الخادم…</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…و%n أخرى</numerusform>
            <numerusform>…وواحد آخر</numerusform>
            <numerusform>…واثنان آخران</numerusform>
            <numerusform>…و%n أخرى</numerusform>
            <numerusform>…و%n أخرى</numerusform>
            <numerusform>…و%n أخرى</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>تجاهل التغييرات</translation>
    </message>
    <message numerus="yes">
        <source>Discard %n change(s)? They will not be sent, and the server keeps what it has.</source>
        <translation>
            <numerusform>تجاهل %n تغيير؟ لن تُرسل، ويحتفظ الخادم بما لديه.</numerusform>
            <numerusform>تجاهل تغيير واحد؟ لن يُرسل، ويحتفظ الخادم بما لديه.</numerusform>
            <numerusform>تجاهل تغييرين؟ لن يُرسلا، ويحتفظ الخادم بما لديه.</numerusform>
            <numerusform>تجاهل %n تغييرات؟ لن تُرسل، ويحتفظ الخادم بما لديه.</numerusform>
            <numerusform>تجاهل %n تغييرًا؟ لن تُرسل، ويحتفظ الخادم بما لديه.</numerusform>
            <numerusform>تجاهل %n تغيير؟ لن تُرسل، ويحتفظ الخادم بما لديه.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;تجاهل</translation>
    </message>
    <message>
        <source>&amp;Keep them</source>
        <translation>&amp;الاحتفاظ بها</translation>
    </message>
</context>
<context>
    <name>g2p::OutboxSync</name>
    <message>
        <source>The outbox could not be written: %1. Nothing was queued or sent.</source>
        <translation>تعذّرت الكتابة في صندوق الصادر: %1. لم يوضع شيء في الانتظار ولم يُرسل شيء.</translation>
    </message>
    <message>
        <source>applied (confirmed after a lost answer)</source>
        <translation>طُبّق (أُكّد بعد فقدان الإجابة)</translation>
    </message>
    <message>
        <source>This change cannot be read.</source>
        <translation>تعذّرت قراءة هذا التغيير.</translation>
    </message>
    <message>
        <source>Registrant %1 has no membership in %2.</source>
        <translation>ليس للمسجَّل %1 مشاركة في %2.</translation>
    </message>
    <message>
        <source>program %1</source>
        <translation>البرنامج %1</translation>
    </message>
    <message>
        <source>already so on the server</source>
        <translation>هو كذلك على الخادم بالفعل</translation>
    </message>
    <message>
        <source>Changed on the server since it was read: now %1.</source>
        <translation>تغيّر على الخادم بعد قراءته: الآن %1.</translation>
    </message>
    <message>
        <source>Cancelled before it was sent.</source>
        <translation>أُلغي قبل إرساله.</translation>
    </message>
    <message>
        <source>Another G2P Desk or g2p-desk-cli is sending this profile&apos;s outbox; it sends this change too.</source>
        <translation>يرسل G2P Desk آخر أو g2p-desk-cli صندوق الصادر لهذا الملف الشخصي؛ وسيرسل هذا التغيير أيضًا.</translation>
    </message>
    <message>
        <source>This change cannot be read (kind “%1”): it was not sent. Discard it and make the change again.</source>
        <translation>لا يمكن قراءة هذا التغيير (النوع «%1»): لم يُرسَل. تجاهله وأعد إجراء التغيير.</translation>
    </message>
    <message>
        <source>Discarded by another program on this profile; it was not sent.</source>
        <translation>تجاهله برنامج آخر على هذا الملف الشخصي؛ لم يُرسَل.</translation>
    </message>
    <message>
        <source>Sent and confirmed by another program on this profile.</source>
        <translation>أرسله برنامج آخر على هذا الملف الشخصي وتأكّد.</translation>
    </message>
    <message>
        <source>Settled by another program on this profile (%1).</source>
        <translation>حسمه برنامج آخر على هذا الملف الشخصي (%1).</translation>
    </message>
    <message>
        <source>The outbox could not be written: %1. Sending stopped; nothing more is sent until it can be written again.</source>
        <translation>تعذّرت الكتابة في صندوق الصادر: %1. توقف الإرسال؛ لن يُرسَل شيء آخر حتى تمكن الكتابة فيه مجددًا.</translation>
    </message>
    <message>
        <source>The server refused this change as out of date %1 times although the membership had not changed; nothing was written. Check the membership and send it again.</source>
        <translation>رفض الخادم هذا التغيير لأنه قديم %1 مرات رغم أن المشاركة لم تتغير؛ لم يُكتب شيء. تحقّق من المشاركة وأرسله مجددًا.</translation>
    </message>
    <message>
        <source>The server refused the sign-in (%1). Nothing more is sent until you sign in again; the changes wait in the outbox.</source>
        <translation>رفض الخادم تسجيل الدخول (%1). لن يُرسل أي شيء آخر حتى تسجّل الدخول مجددًا؛ التغييرات تنتظر في صندوق الصادر.</translation>
    </message>
    <message>
        <source>Checked: the server does not have this change. Send it again (Retry) or discard it.</source>
        <translation>تم التحقق: ليس لدى الخادم هذا التغيير. أرسله مجددًا (إعادة المحاولة) أو تجاهله.</translation>
    </message>
    <message>
        <source>Settled by another program meanwhile.</source>
        <translation>حُسم في الأثناء بواسطة برنامج آخر.</translation>
    </message>
    <message>
        <source>No longer in the outbox.</source>
        <translation>لم يعد في صندوق الصادر.</translation>
    </message>
</context>
<context>
    <name>g2p::PendingCall</name>
    <message>
        <source>Cancelled.</source>
        <translation>أُلغي.</translation>
    </message>
</context>
<context>
    <name>g2p::ProgramListModel</name>
    <message>
        <source>Individuals</source>
        <translation>الأفراد</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>الأسر</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>مؤرشف</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>منتهٍ</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>الفئة المستهدفة</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>ملتحق</translation>
    </message>
    <message>
        <source>Memberships</source>
        <translation>المشاركات</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>انتهى في</translation>
    </message>
</context>
<context>
    <name>g2p::ProgramTimeline</name>
    <message>
        <source>Enrolments, exits and pauses per month</source>
        <translation>الالتحاقات وحالات الخروج والإيقاف المؤقت شهريًا</translation>
    </message>
    <message>
        <source>Reading the program&apos;s memberships…</source>
        <translation>جارٍ قراءة مشاركات البرنامج…</translation>
    </message>
    <message>
        <source>Reading the program&apos;s memberships… %1 of %2</source>
        <translation>جارٍ قراءة مشاركات البرنامج… %1 من %2</translation>
    </message>
    <message>
        <source>The months could not be read: %1</source>
        <translation>تعذرت قراءة الأشهر: %1</translation>
    </message>
    <message>
        <source>%1: %2 enrolled, %3 exited, %4 paused</source>
        <translation>%1: %2 التحاق، %3 خروج، %4 إيقاف مؤقت</translation>
    </message>
    <message>
        <source>Enrolments</source>
        <translation>الالتحاقات</translation>
    </message>
    <message>
        <source>Exits</source>
        <translation>حالات الخروج</translation>
    </message>
    <message>
        <source>Pauses (paused now, by their last change)</source>
        <translation>الإيقاف المؤقت (الموقوفة الآن، حسب آخر تغيير)</translation>
    </message>
    <message>
        <source>No enrolment, exit or pause is dated in this program.</source>
        <translation>لا يوجد التحاق أو خروج أو إيقاف مؤقت مؤرخ في هذا البرنامج.</translation>
    </message>
    <message>
        <source>From %1 to %2: %3 enrolled, %4 exited, %5 paused now.</source>
        <translation>من %1 إلى %2: %3 التحاق، %4 خروج، %5 موقوفة مؤقتًا الآن.</translation>
    </message>
    <message>
        <source>Only the first %1 memberships were read: the months are partial.</source>
        <translation>لم تُقرأ إلا أول %1 مشاركة: الأشهر جزئية.</translation>
    </message>
</context>
<context>
    <name>g2p::ProgramsPage</name>
    <message>
        <source>Programs</source>
        <translation>البرامج</translation>
    </message>
    <message>
        <source>Memberships by state</source>
        <translation>المشاركات حسب الحالة</translation>
    </message>
    <message>
        <source>Members of the program</source>
        <translation>مشاركو البرنامج</translation>
    </message>
    <message>
        <source>Load &amp;more</source>
        <translation>تحميل ال&amp;مزيد</translation>
    </message>
    <message>
        <source>Load more members</source>
        <translation>تحميل مزيد من المشاركين</translation>
    </message>
    <message>
        <source>Members could not be read: %1</source>
        <translation>تعذّرت قراءة الأفراد: %1</translation>
    </message>
    <message>
        <source>%1 of %2 memberships shown</source>
        <translation>%1 من %2 مشاركة معروضة</translation>
    </message>
    <message>
        <source>Find among the members shown</source>
        <translation>ابحث بين الأعضاء المعروضين</translation>
    </message>
    <message>
        <source>Members in state</source>
        <translation>الأعضاء في حالة</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 of %2 %3 memberships shown</source>
        <translation>عُرضت %1 من %2 مشاركة (%3)</translation>
    </message>
    <message numerus="yes">
        <source>— %n match(es) the search</source>
        <translation>
            <numerusform>— لا شيء يطابق البحث</numerusform>
            <numerusform>— واحدة تطابق البحث</numerusform>
            <numerusform>— اثنتان تطابقان البحث</numerusform>
            <numerusform>— %n تطابق البحث</numerusform>
            <numerusform>— %n تطابق البحث</numerusform>
            <numerusform>— %n تطابق البحث</numerusform>
        </translation>
    </message>
    <message>
        <source>The counts could not be read: %1</source>
        <translation>تعذّرت قراءة الأعداد: %1</translation>
    </message>
    <message>
        <source>Program charts</source>
        <translation>مخططات البرنامج</translation>
    </message>
    <message>
        <source>By &amp;state</source>
        <translation>حسب ال&amp;حالة</translation>
    </message>
    <message>
        <source>Over &amp;time</source>
        <translation>عبر ال&amp;زمن</translation>
    </message>
    <message>
        <source>(the search covers the first %1 members: choose a state to narrow the list)</source>
        <translation>(يشمل البحث أول %1 عضو: اختر حالة لتضييق القائمة)</translation>
    </message>
    <message>
        <source>Reading every member to search them… %1 of %2</source>
        <translation>جارٍ قراءة جميع الأعضاء للبحث فيهم… %1 من %2</translation>
    </message>
</context>
<context>
    <name>g2p::R</name>
    <message>
        <source>search registrants</source>
        <translation>البحث عن المسجلين</translation>
    </message>
    <message>
        <source>read ID numbers</source>
        <translation>قراءة أرقام الهوية</translation>
    </message>
    <message>
        <source>read phone numbers</source>
        <translation>قراءة أرقام الهاتف</translation>
    </message>
    <message>
        <source>read program memberships</source>
        <translation>قراءة العضويات في البرامج</translation>
    </message>
    <message>
        <source>read household members</source>
        <translation>قراءة أفراد الأسرة</translation>
    </message>
    <message>
        <source>read membership kinds</source>
        <translation>قراءة أنواع العضوية</translation>
    </message>
    <message>
        <source>OpenSPP2&apos;s API v2 finds registrants by identifier or name, not by number.</source>
        <translation>تعثر واجهة OpenSPP2 البرمجية v2 على المسجَّلين بالمعرّف أو بالاسم، لا بالرقم.</translation>
    </message>
    <message>
        <source>OpenSPP2&apos;s API v2 reads registrants by identifier; registrant %1 has none here.</source>
        <translation>تقرأ واجهة OpenSPP2 البرمجية v2 المسجَّلين بالمعرّف؛ المسجَّل %1 ليس له معرّف هنا.</translation>
    </message>
    <message>
        <source>read a registrant</source>
        <translation>قراءة مسجَّل</translation>
    </message>
    <message>
        <source>read the registry&apos;s changes</source>
        <translation>قراءة تغييرات السجل</translation>
    </message>
</context>
<context>
    <name>g2p::RefreshLocalCopyCommand</name>
    <message>
        <source>Refresh the local copy</source>
        <translation>تحديث النسخة المحلية</translation>
    </message>
    <message>
        <source>Nothing to refresh.</source>
        <translation>لا شيء لتحديثه.</translation>
    </message>
</context>
<context>
    <name>g2p::RegistrantPane</name>
    <message>
        <source>Select a registrant</source>
        <translation>حدّد مسجَّلًا</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>الأعضاء</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Household members</source>
        <translation>أفراد الأسرة</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open a member</source>
        <translation>انقر مرتين أو اضغط Enter لفتح فرد</translation>
    </message>
    <message>
        <source>Program memberships</source>
        <translation>المشاركات في البرامج</translation>
    </message>
    <message>
        <source>&amp;Enroll…</source>
        <translation>إ&amp;لحاق…</translation>
    </message>
    <message>
        <source>&amp;Pause…</source>
        <translation>إيقاف &amp;مؤقت…</translation>
    </message>
    <message>
        <source>&amp;Resume…</source>
        <translation>ا&amp;ستئناف…</translation>
    </message>
    <message>
        <source>E&amp;xit…</source>
        <translation>&amp;خروج…</translation>
    </message>
    <message>
        <source>Change enrollment &amp;date…</source>
        <translation>تغيير ال&amp;تاريخ…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>ال&amp;سجل التاريخي…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <source>Cannot show this group: %1</source>
        <translation>تعذّر عرض هذه الأسرة: %1</translation>
    </message>
    <message>
        <source>Cannot show this individual: %1</source>
        <translation>تعذّر عرض هذا الفرد: %1</translation>
    </message>
    <message>
        <source>From the local copy: the server did not answer (%1).</source>
        <translation>من النسخة المحلية: لم يستجب الخادم (%1).</translation>
    </message>
    <message>
        <source>ID numbers:</source>
        <translation>أرقام الهوية:</translation>
    </message>
    <message>
        <source>Phones:</source>
        <translation>الهواتف:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>العنوان:</translation>
    </message>
    <message>
        <source>Registered:</source>
        <translation>سُجّل:</translation>
    </message>
    <message>
        <source>Program %1</source>
        <translation>البرنامج %1</translation>
    </message>
    <message>
        <source>%1 (local copy)</source>
        <translation>%1 (النسخة المحلية)</translation>
    </message>
    <message>
        <source>Group ID:</source>
        <translation>معرّف الأسرة:</translation>
    </message>
    <message>
        <source>Individual ID:</source>
        <translation>معرّف الفرد:</translation>
    </message>
    <message>
        <source>Given / family name:</source>
        <translation>الاسم الأول / اسم العائلة:</translation>
    </message>
    <message>
        <source>Gender:</source>
        <translation>الجنس:</translation>
    </message>
    <message>
        <source>Birth date:</source>
        <translation>تاريخ الميلاد:</translation>
    </message>
    <message>
        <source>%1 (age %2)</source>
        <translation>%1 (العمر %2)</translation>
    </message>
    <message>
        <source>Birth place:</source>
        <translation>مكان الميلاد:</translation>
    </message>
    <message>
        <source>Households:</source>
        <translation>الأسر:</translation>
    </message>
    <message>
        <source>The registry API cannot list the groups of an individual: households in the local copy and those opened in this session are shown.</source>
        <translation>لا تستطيع واجهة السجل سرد أسر الفرد: تُعرض الأسر الموجودة في النسخة المحلية وتلك المفتوحة في هذه الجلسة.</translation>
    </message>
    <message>
        <source>Memberships could not be read: %1</source>
        <translation>تعذّرت قراءة المشاركات: %1</translation>
    </message>
    <message>
        <source>Memberships from the local copy: the server did not answer (%1). Changes made now wait in the outbox.</source>
        <translation>المشاركات من النسخة المحلية: لم يستجب الخادم (%1). التغييرات المُجراة الآن تنتظر في صندوق الصادر.</translation>
    </message>
    <message>
        <source>Select one or more program memberships first.</source>
        <translation>حدّد مشاركة أو أكثر أولًا.</translation>
    </message>
    <message>
        <source>Enroll this registrant in a program</source>
        <translation>إلحاق هذا المسجَّل ببرنامج</translation>
    </message>
    <message>
        <source>Select a registrant first.</source>
        <translation>حدّد مسجَّلًا أولًا.</translation>
    </message>
    <message>
        <source>Every change of this registrant&apos;s program memberships</source>
        <translation>كل تغيير في مشاركات هذا المسجَّل في البرامج</translation>
    </message>
    <message>
        <source>This registrant is disabled in the registry: nobody can enrol them.</source>
        <translation>هذا المسجل معطّل في السجل: لا يمكن لأحد تسجيله.</translation>
    </message>
</context>
<context>
    <name>g2p::RegistrantSearch</name>
    <message>
        <source>The server search failed: %1. Showing the local copy.</source>
        <translation>فشل البحث على الخادم: %1. تُعرض النسخة المحلية.</translation>
    </message>
</context>
<context>
    <name>g2p::RegistrantTableModel</name>
    <message>
        <source>ID</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>تاريخ التسجيل</translation>
    </message>
    <message>
        <source>ID numbers</source>
        <translation>أرقام الهوية</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Programs</source>
        <translation>البرامج</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>أنثى</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>ذكر</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>آخر</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>ربّ الأسرة</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>الأعضاء</translation>
    </message>
</context>
<context>
    <name>g2p::RegistrantsPage</name>
    <message>
        <source>Search households by name or database ID…</source>
        <translation>ابحث في الأسر بالاسم أو معرّف قاعدة البيانات…</translation>
    </message>
    <message>
        <source>Search individuals by name or database ID…</source>
        <translation>ابحث في الأفراد بالاسم أو معرّف قاعدة البيانات…</translation>
    </message>
    <message>
        <source>Search groups</source>
        <translation>البحث في الأسر</translation>
    </message>
    <message>
        <source>Search individuals</source>
        <translation>البحث في الأفراد</translation>
    </message>
    <message>
        <source>Program filter</source>
        <translation>مرشح البرنامج</translation>
    </message>
    <message>
        <source>Membership state filter</source>
        <translation>مرشح حالة المشاركة</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>أي حالة</translation>
    </message>
    <message>
        <source>Gender filter</source>
        <translation>مرشح الجنس</translation>
    </message>
    <message>
        <source>Any gender</source>
        <translation>أي جنس</translation>
    </message>
    <message>
        <source>Registered from</source>
        <translation>مسجَّل من</translation>
    </message>
    <message>
        <source>Registered until</source>
        <translation>مسجَّل حتى</translation>
    </message>
    <message>
        <source>Saved worklists</source>
        <translation>قوائم العمل المحفوظة</translation>
    </message>
    <message>
        <source>Save as worklist…</source>
        <translation>حفظ كقائمة عمل…</translation>
    </message>
    <message>
        <source>Save the current search and filters as a worklist</source>
        <translation>حفظ البحث والمرشحات الحالية كقائمة عمل</translation>
    </message>
    <message>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>الأسر</translation>
    </message>
    <message>
        <source>Individuals</source>
        <translation>الأفراد</translation>
    </message>
    <message>
        <source>Search stopped: %1 loaded.</source>
        <translation>توقف البحث: حُمّل %1.</translation>
    </message>
    <message>
        <source>%1 shown of %2 loaded</source>
        <translation>%1 معروض من %2 محمّل</translation>
    </message>
    <message>
        <source>Worklists</source>
        <translation>قوائم العمل</translation>
    </message>
    <message>
        <source>Type a name to search the registry (Esc stops a search).</source>
        <translation>اكتب اسمًا للبحث في السجل (Esc يوقف البحث).</translation>
    </message>
    <message>
        <source>Any program</source>
        <translation>أي برنامج</translation>
    </message>
    <message>
        <source>Reading the local copy…</source>
        <translation>جارٍ قراءة النسخة المحلية…</translation>
    </message>
    <message>
        <source>Reading the local copy… %1</source>
        <translation>جارٍ قراءة النسخة المحلية… %1</translation>
    </message>
    <message>
        <source>The local copy is empty: type a name to search the registry (it fills as the refresh runs).</source>
        <translation>النسخة المحلية فارغة: اكتب اسمًا للبحث في السجل (تمتلئ أثناء التحديث).</translation>
    </message>
    <message>
        <source>The local copy is empty and the server cannot be reached.</source>
        <translation>النسخة المحلية فارغة وتعذّر الوصول إلى الخادم.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>جارٍ البحث…</translation>
    </message>
    <message numerus="yes">
        <source>%n found in the local copy; asking the server…</source>
        <translation>
            <numerusform>%n نتيجة في النسخة المحلية؛ جارٍ سؤال الخادم…</numerusform>
            <numerusform>نتيجة واحدة في النسخة المحلية؛ جارٍ سؤال الخادم…</numerusform>
            <numerusform>نتيجتان في النسخة المحلية؛ جارٍ سؤال الخادم…</numerusform>
            <numerusform>%n نتائج في النسخة المحلية؛ جارٍ سؤال الخادم…</numerusform>
            <numerusform>%n نتيجة في النسخة المحلية؛ جارٍ سؤال الخادم…</numerusform>
            <numerusform>%n نتيجة في النسخة المحلية؛ جارٍ سؤال الخادم…</numerusform>
        </translation>
    </message>
    <message>
        <source>No registrant matches “%1”.</source>
        <translation>لا مسجَّل يطابق «%1».</translation>
    </message>
    <message numerus="yes">
        <source>%n found in the local copy (the server cannot be reached).</source>
        <translation>
            <numerusform>%n نتيجة في النسخة المحلية (تعذّر الوصول إلى الخادم).</numerusform>
            <numerusform>نتيجة واحدة في النسخة المحلية (تعذّر الوصول إلى الخادم).</numerusform>
            <numerusform>نتيجتان في النسخة المحلية (تعذّر الوصول إلى الخادم).</numerusform>
            <numerusform>%n نتائج في النسخة المحلية (تعذّر الوصول إلى الخادم).</numerusform>
            <numerusform>%n نتيجة في النسخة المحلية (تعذّر الوصول إلى الخادم).</numerusform>
            <numerusform>%n نتيجة في النسخة المحلية (تعذّر الوصول إلى الخادم).</numerusform>
        </translation>
    </message>
    <message>
        <source>Save worklist</source>
        <translation>حفظ قائمة العمل</translation>
    </message>
    <message>
        <source>Name of this worklist:</source>
        <translation>اسم قائمة العمل هذه:</translation>
    </message>
    <message>
        <source>Search households by name, ID number or database ID…</source>
        <translation>البحث عن الأسر بالاسم أو رقم الهوية أو المعرف…</translation>
    </message>
    <message>
        <source>Search individuals by name, ID number or database ID…</source>
        <translation>البحث عن الأفراد بالاسم أو رقم الهوية أو المعرف…</translation>
    </message>
    <message>
        <source>This server finds names whatever their letter case.</source>
        <translation>يجد هذا الخادم الأسماء أيًّا كان حالة أحرفها.</translation>
    </message>
    <message>
        <source>This server matches names letter for letter; G2P Desk also asks for the capitals registries use.</source>
        <translation>يطابق هذا الخادم الأسماء حرفًا بحرف؛ ويسأل G2P Desk أيضًا عن الأحرف الكبيرة التي تستخدمها السجلات.</translation>
    </message>
    <message>
        <source>Search box: move into the results</source>
        <translation>مربع البحث: الانتقال إلى النتائج</translation>
    </message>
    <message>
        <source>Search box: stop the search</source>
        <translation>مربع البحث: إيقاف البحث</translation>
    </message>
</context>
<context>
    <name>g2p::RegistrySession</name>
    <message>
        <source>This server offers registry data only: it lacks the program and membership endpoints (the G2P Desk extension), so programs, enrolment, exits and history are not available.</source>
        <translation>يقدّم هذا الخادم بيانات السجل فقط: تنقصه نقاط وصول البرامج والمشاركات (إضافة G2P Desk)، لذا فالبرامج والإلحاق والخروج والسجل التاريخي غير متاحة.</translation>
    </message>
    <message>
        <source>Load programs</source>
        <translation>تحميل البرامج</translation>
    </message>
    <message>
        <source>This server does not let G2P Desk change program memberships.</source>
        <translation>لا يسمح هذا الخادم لـ G2P Desk بتغيير العضويات في البرامج.</translation>
    </message>
    <message>
        <source>This server does not let G2P Desk enrol registrants.</source>
        <translation>لا يسمح هذا الخادم لـ G2P Desk بتسجيل المسجلين.</translation>
    </message>
    <message>
        <source>This server keeps no history of memberships: only the changes made from this desktop are shown.</source>
        <translation>لا يحتفظ هذا الخادم بسجل للعضويات: تُعرض فقط التغييرات التي أُجريت من هذا الجهاز.</translation>
    </message>
    <message>
        <source>This server does not let G2P Desk create registrants.</source>
        <translation>لا يسمح هذا الخادم لـ G2P Desk بإنشاء مسجلين.</translation>
    </message>
    <message>
        <source>The local copy was damaged: it was set aside (%1) and is rebuilt from the server.</source>
        <translation>كانت النسخة المحلية تالفة: نُحّيت جانبًا (%1) وتُعاد بناؤها من الخادم.</translation>
    </message>
    <message>
        <source>The outbox file was damaged: it was set aside (%1). Changes in it were not sent.</source>
        <translation>كان ملف صندوق الصادر تالفًا: وُضع جانبًا (%1). لم تُرسَل التغييرات التي فيه.</translation>
    </message>
    <message>
        <source>The outbox cannot be opened (%1): changes cannot be queued, nothing will be sent.</source>
        <translation>تعذر فتح صندوق الصادر (%1): لا يمكن وضع التغييرات في الانتظار، ولن يُرسل شيء.</translation>
    </message>
    <message>
        <source>Open the local files</source>
        <translation>فتح الملفات المحلية</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 من %3</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Your account “%1” may look at the registry but not change program memberships. Ask the registry&apos;s administrator if you need to.</source>
        <translation>يمكن لحسابك «%1» الاطلاع على السجل دون تغيير المشاركات في البرامج. اطلب ذلك من مسؤول السجل إن احتجت إليه.</translation>
    </message>
    <message>
        <source>Your account “%1” may not create registrants. Ask the registry&apos;s administrator if you need to.</source>
        <translation>لا يمكن لحسابك «%1» إنشاء مسجَّلين. اطلب ذلك من مسؤول السجل إن احتجت إليه.</translation>
    </message>
</context>
<context>
    <name>g2p::ReportActions</name>
    <message>
        <source>&amp;Registrant record…</source>
        <translation>سجل ال&amp;مسجَّل…</translation>
    </message>
    <message>
        <source>Program &amp;members…</source>
        <translation>&amp;أعضاء البرنامج…</translation>
    </message>
    <message>
        <source>Program &amp;summary…</source>
        <translation>م&amp;لخص البرنامج…</translation>
    </message>
    <message>
        <source>The registrant in view: record, program memberships and history</source>
        <translation>المسجَّل المعروض: السجل والمشاركات والتاريخ</translation>
    </message>
    <message>
        <source>The program selected on the Programs page (its members as filtered there)</source>
        <translation>البرنامج المختار في صفحة البرامج (أعضاؤه كما صُفّوا هناك)</translation>
    </message>
    <message>
        <source>Registrant record</source>
        <translation>سجل المسجَّل</translation>
    </message>
    <message>
        <source>Program members</source>
        <translation>أعضاء البرنامج</translation>
    </message>
    <message>
        <source>Program summary</source>
        <translation>ملخص البرنامج</translation>
    </message>
    <message>
        <source>Save %1 as PDF</source>
        <translation>حفظ %1 بصيغة PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Open a registrant on Individuals or Groups first.</source>
        <translation>افتح مسجَّلًا في الأفراد أو المجموعات أولًا.</translation>
    </message>
    <message>
        <source>Choose a program on the Programs page first.</source>
        <translation>اختر برنامجًا في صفحة البرامج أولًا.</translation>
    </message>
    <message>
        <source>%1 sent to the printer.</source>
        <translation>أُرسل %1 إلى الطابعة.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>حفظ بصيغة PDF</translation>
    </message>
    <message>
        <source>%1 saved to %2.</source>
        <translation>حُفظ %1 في %2.</translation>
    </message>
    <message>
        <source>The report could not be read: %1</source>
        <translation>تعذّرت قراءة التقرير: %1</translation>
    </message>
    <message>
        <source>Reading the report… %1 of %2 rows</source>
        <translation>قراءة التقرير… %1 من %2 صف</translation>
    </message>
    <message>
        <source>Reading the report…</source>
        <translation>قراءة التقرير…</translation>
    </message>
</context>
<context>
    <name>g2p::RestContractBackend</name>
    <message>
        <source>REST contract</source>
        <translation>عقد REST</translation>
    </message>
    <message>
        <source>REST (registry data only)</source>
        <translation>REST (بيانات السجل فقط)</translation>
    </message>
</context>
<context>
    <name>g2p::RestTransport</name>
    <message>
        <source>Signed out: nothing more is sent from this window.</source>
        <translation>تم تسجيل الخروج: لن يُرسَل شيء آخر من هذه النافذة.</translation>
    </message>
    <message>
        <source>This server offers registry data only: it lacks the extension endpoints needed to %1.</source>
        <translation>يقدّم هذا الخادم بيانات السجل فقط: تنقصه نقاط الوصول الإضافية اللازمة لـ %1.</translation>
    </message>
    <message>
        <source>sign in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>اسم المستخدم أو كلمة المرور غير صحيحة.</translation>
    </message>
    <message>
        <source>sign out</source>
        <translation>تسجيل الخروج</translation>
    </message>
    <message>
        <source>Refusing to send your password unencrypted to %1 (http://). Use the server&apos;s https:// address, or, only if your administrator says this network is private, allow unencrypted connections for this profile.</source>
        <translation>رُفض إرسال كلمة مرورك دون تشفير إلى %1 (http://). استخدم عنوان https:// للخادم، أو اسمح بالاتصالات غير المشفَّرة لهذا الملف الشخصي فقط إذا أكد المسؤول أن هذه الشبكة خاصة.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>أُلغي.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has changed. Trusted: %1. Presented now: %2. Refusing to connect: check with your administrator before trusting the new certificate.</source>
        <translation>تغيّرت شهادة الخادم. الشهادة الموثوقة: %1. المقدَّمة الآن: %2. رُفض الاتصال: راجع المسؤول قبل الوثوق بالشهادة الجديدة.</translation>
    </message>
    <message>
        <source>Secure connection failed: %1</source>
        <translation>فشل الاتصال الآمن: %1</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted (%1). SHA-256 fingerprint: %2.</source>
        <translation>شهادة الخادم غير موثوقة (%1). بصمة SHA-256: %2.</translation>
    </message>
    <message>
        <source>Cannot reach the server at %1 (%2).</source>
        <translation>تعذّر الوصول إلى الخادم على %1 (%2).</translation>
    </message>
    <message>
        <source>The connection to the server failed (%1).</source>
        <translation>فشل الاتصال بالخادم (%1).</translation>
    </message>
    <message>
        <source>The server&apos;s answer is larger than the %1 MB this program reads (at least %2 MB). Narrow the request (a name, a program, a state), or raise the limit for this profile.</source>
        <translation>ردّ الخادم أكبر من %1 ميغابايت التي يقرؤها هذا البرنامج (%2 ميغابايت على الأقل). ضيّق الطلب (اسم، برنامج، حالة) أو ارفع الحد لهذا الملف الشخصي.</translation>
    </message>
    <message>
        <source>No answer from the server within %1 s.</source>
        <translation>لا إجابة من الخادم خلال %1 ث.</translation>
    </message>
</context>
<context>
    <name>g2p::ReviewDialog</name>
    <message>
        <source>Review changes</source>
        <translation>مراجعة التغييرات</translation>
    </message>
    <message numerus="yes">
        <source>%n enrolment(s)</source>
        <translation>
            <numerusform>لا إلحاق</numerusform>
            <numerusform>إلحاق واحد</numerusform>
            <numerusform>إلحاقان</numerusform>
            <numerusform>%n حالات إلحاق</numerusform>
            <numerusform>%n حالة إلحاق</numerusform>
            <numerusform>%n حالة إلحاق</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exit(s)</source>
        <translation>
            <numerusform>لا خروج</numerusform>
            <numerusform>خروج واحد</numerusform>
            <numerusform>خروجان</numerusform>
            <numerusform>%n حالات خروج</numerusform>
            <numerusform>%n حالة خروج</numerusform>
            <numerusform>%n حالة خروج</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pause(s)</source>
        <translation>
            <numerusform>لا إيقاف مؤقت</numerusform>
            <numerusform>إيقاف مؤقت واحد</numerusform>
            <numerusform>إيقافان مؤقتان</numerusform>
            <numerusform>%n حالات إيقاف مؤقت</numerusform>
            <numerusform>%n حالة إيقاف مؤقت</numerusform>
            <numerusform>%n حالة إيقاف مؤقت</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resumption(s)</source>
        <translation>
            <numerusform>لا استئناف</numerusform>
            <numerusform>استئناف واحد</numerusform>
            <numerusform>استئنافان</numerusform>
            <numerusform>%n استئنافات</numerusform>
            <numerusform>%n استئنافًا</numerusform>
            <numerusform>%n استئناف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other state change(s)</source>
        <translation>
            <numerusform>%n تغيير حالة آخر</numerusform>
            <numerusform>تغيير حالة آخر واحد</numerusform>
            <numerusform>تغييرا حالة آخران</numerusform>
            <numerusform>%n تغييرات حالة أخرى</numerusform>
            <numerusform>%n تغيير حالة آخر</numerusform>
            <numerusform>%n تغيير حالة آخر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n date change(s)</source>
        <translation>
            <numerusform>%n تغيير تاريخ</numerusform>
            <numerusform>تغيير تاريخ واحد</numerusform>
            <numerusform>تغييرا تاريخ</numerusform>
            <numerusform>%n تغييرات تاريخ</numerusform>
            <numerusform>%n تغيير تاريخ</numerusform>
            <numerusform>%n تغيير تاريخ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) will be sent</source>
        <translation>
            <numerusform>سيُرسل %n صف</numerusform>
            <numerusform>سيُرسل صف واحد</numerusform>
            <numerusform>سيُرسل صفان</numerusform>
            <numerusform>ستُرسل %n صفوف</numerusform>
            <numerusform>سيُرسل %n صفًا</numerusform>
            <numerusform>سيُرسل %n صف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) still have issues and will not be sent; fix them in the grid first.</source>
        <translation>
            <numerusform>ما زالت في %n صف مشكلات ولن يُرسل؛ أصلحه في الجدول أولًا.</numerusform>
            <numerusform>ما زالت في صف واحد مشكلات ولن يُرسل؛ أصلحه في الجدول أولًا.</numerusform>
            <numerusform>ما زالت في صفين مشكلات ولن يُرسلا؛ أصلحهما في الجدول أولًا.</numerusform>
            <numerusform>ما زالت في %n صفوف مشكلات ولن تُرسل؛ أصلحها في الجدول أولًا.</numerusform>
            <numerusform>ما زالت في %n صفًا مشكلات ولن تُرسل؛ أصلحها في الجدول أولًا.</numerusform>
            <numerusform>ما زالت في %n صف مشكلات ولن تُرسل؛ أصلحها في الجدول أولًا.</numerusform>
        </translation>
    </message>
    <message>
        <source>Registrant</source>
        <translation>المسجَّل</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>كان</translation>
    </message>
    <message>
        <source>Will be</source>
        <translation>سيصبح</translation>
    </message>
    <message>
        <source>Changes to send</source>
        <translation>تغييرات للإرسال</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Send %n change(s)</source>
        <translation>
            <numerusform>إ&amp;رسال %n تغيير</numerusform>
            <numerusform>إ&amp;رسال تغيير واحد</numerusform>
            <numerusform>إ&amp;رسال تغييرين</numerusform>
            <numerusform>إ&amp;رسال %n تغييرات</numerusform>
            <numerusform>إ&amp;رسال %n تغييرًا</numerusform>
            <numerusform>إ&amp;رسال %n تغيير</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (set by the server)</source>
        <translation>%1 (يحدده الخادم)</translation>
    </message>
    <message>
        <source>The server sets this date itself when the change is applied (today, UTC). Give a date in the grid to choose another one.</source>
        <translation>يحدد الخادم هذا التاريخ بنفسه عند تطبيق التغيير (اليوم، بالتوقيت العالمي). اكتب تاريخًا في الشبكة لاختيار تاريخ آخر.</translation>
    </message>
</context>
<context>
    <name>g2p::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>في كل مكان</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>المفتاح</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>الأمر</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Tab moves between the search box, the filters, the list and the registrant; the arrow keys move in a list.</source>
        <translation>ينتقل Tab بين مربع البحث والمرشحات والقائمة والمسجَّل؛ وتتحرك الأسهم داخل القائمة.</translation>
    </message>
</context>
<context>
    <name>g2p::Spp2Backend</name>
    <message>
        <source>OpenSPP2 API v2</source>
        <translation>واجهة OpenSPP2 البرمجية v2</translation>
    </message>
    <message>
        <source>OpenSPP2 API %1</source>
        <translation>واجهة OpenSPP2 البرمجية %1</translation>
    </message>
    <message>
        <source>The API client “%1” lacks the scope “%2”, needed to %3. Ask the registry&apos;s administrator to add it to the client (OpenSPP: Settings › Registry › API clients).</source>
        <translation>يفتقر عميل الواجهة البرمجية «%1» إلى النطاق «%2» اللازم من أجل %3. اطلب من مسؤول السجل إضافته إلى العميل (OpenSPP: الإعدادات › السجل › عملاء الواجهة البرمجية).</translation>
    </message>
    <message>
        <source>The server refused to %1 for the API client “%2” (%3). Its consent rules or scopes may not cover this record.</source>
        <translation>رفض الخادم %1 لعميل الواجهة البرمجية «%2» (%3). ربما لا تشمل قواعد الموافقة أو النطاقات هذا السجل.</translation>
    </message>
    <message>
        <source>The server refused the client id or secret of “%1” (%2). Check them with the registry&apos;s administrator and sign in again.</source>
        <translation>رفض الخادم معرّف العميل «%1» أو سرّه (%2). تحقّق منهما مع مسؤول السجل ثم سجّل الدخول من جديد.</translation>
    </message>
    <message>
        <source>Signing in to an OpenSPP2 server needs the API client&apos;s id (as the user) and its secret (as the password).</source>
        <translation>يتطلب تسجيل الدخول إلى خادم OpenSPP2 معرّف عميل الواجهة البرمجية (بصفته اسم المستخدم) وسرّه (بصفته كلمة المرور).</translation>
    </message>
    <message>
        <source>sign in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message numerus="yes">
        <source>The server allows few sign-ins a minute from this address: asking again for an access token in %n second(s).</source>
        <translation>
            <numerusform>يسمح الخادم بعدد قليل من عمليات تسجيل الدخول في الدقيقة من هذا العنوان: سيُطلب رمز وصول من جديد بعد %n ثانية.</numerusform>
            <numerusform>يسمح الخادم بعدد قليل من عمليات تسجيل الدخول في الدقيقة من هذا العنوان: سيُطلب رمز وصول من جديد بعد %n ثانية.</numerusform>
            <numerusform>يسمح الخادم بعدد قليل من عمليات تسجيل الدخول في الدقيقة من هذا العنوان: سيُطلب رمز وصول من جديد بعد %n ثانية.</numerusform>
            <numerusform>يسمح الخادم بعدد قليل من عمليات تسجيل الدخول في الدقيقة من هذا العنوان: سيُطلب رمز وصول من جديد بعد %n ثانية.</numerusform>
            <numerusform>يسمح الخادم بعدد قليل من عمليات تسجيل الدخول في الدقيقة من هذا العنوان: سيُطلب رمز وصول من جديد بعد %n ثانية.</numerusform>
            <numerusform>يسمح الخادم بعدد قليل من عمليات تسجيل الدخول في الدقيقة من هذا العنوان: سيُطلب رمز وصول من جديد بعد %n ثانية.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server refuses new sign-ins from this address for %1 (it allows 5 a minute and 50 a day). G2P Desk keeps a token for 24 hours; try again after that wait.</source>
        <translation>يرفض الخادم عمليات تسجيل دخول جديدة من هذا العنوان لمدة %1 (يسمح بـ 5 في الدقيقة و50 في اليوم). يحتفظ G2P Desk برمز الوصول 24 ساعة؛ أعد المحاولة بعد انقضاء هذه المدة.</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n ساعة</numerusform>
            <numerusform>ساعة واحدة</numerusform>
            <numerusform>ساعتين</numerusform>
            <numerusform>%n ساعات</numerusform>
            <numerusform>%n ساعة</numerusform>
            <numerusform>%n ساعة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>دقيقة واحدة</numerusform>
            <numerusform>دقيقتين</numerusform>
            <numerusform>%n دقائق</numerusform>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>%n دقيقة</numerusform>
        </translation>
    </message>
    <message>
        <source>The server&apos;s token answer has no access token.</source>
        <translation>لا يحتوي ردّ الخادم على طلب الرمز على رمز وصول.</translation>
    </message>
    <message>
        <source>Signed out: nothing more is sent from this window.</source>
        <translation>تم تسجيل الخروج: لن يُرسل أي شيء آخر من هذه النافذة.</translation>
    </message>
    <message>
        <source>ask what the server offers</source>
        <translation>الاستعلام عمّا يقدّمه الخادم</translation>
    </message>
    <message>
        <source>This address does not answer like an OpenSPP2 API v2 server (no %1/metadata).</source>
        <translation>لا يستجيب هذا العنوان كخادم واجهة OpenSPP2 البرمجية v2 (لا يوجد %1/metadata).</translation>
    </message>
    <message>
        <source>list programs</source>
        <translation>عرض البرامج</translation>
    </message>
    <message>
        <source>OpenSPP2&apos;s API v2 keeps no history of program memberships: only the changes made from this desktop are known.</source>
        <translation>لا تحتفظ واجهة OpenSPP2 البرمجية v2 بأي سجل للمشاركات في البرامج: لا تُعرف إلا التغييرات التي أُجريت من هذا الجهاز.</translation>
    </message>
    <message>
        <source>The server answered %1&apos;s membership in %2 for another program: it is an older API v2 that cannot address one membership of a registrant in several programs. Ask for spp_api_v2_programs 19.0.1.1.0 or later; nothing was changed.</source>
        <translation>أجاب الخادم عن مشاركة %1 في %2 ببرنامج آخر: إنها واجهة v2 قديمة لا تستطيع تحديد مشاركة واحدة لمسجَّل في عدة برامج. اطلب spp_api_v2_programs 19.0.1.1.0 أو أحدث؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>of %1 in %2</source>
        <translation>لـ %1 في %2</translation>
    </message>
    <message>
        <source>Program %1 has no identifier here.</source>
        <translation>البرنامج %1 ليس له معرّف هنا.</translation>
    </message>
    <message>
        <source>read a program</source>
        <translation>قراءة برنامج</translation>
    </message>
    <message>
        <source>This registrant has no identifier here.</source>
        <translation>هذا المسجَّل ليس له معرّف هنا.</translation>
    </message>
    <message>
        <source>This program has no identifier here.</source>
        <translation>هذا البرنامج ليس له معرّف هنا.</translation>
    </message>
    <message>
        <source>list program memberships</source>
        <translation>عرض المشاركات في البرامج</translation>
    </message>
    <message>
        <source>Membership %1 has no identifier here.</source>
        <translation>المشاركة %1 ليس لها معرّف هنا.</translation>
    </message>
    <message>
        <source>read a membership</source>
        <translation>قراءة مشاركة</translation>
    </message>
    <message>
        <source>The membership was changed on the server since it was read; nothing was written.</source>
        <translation>تغيّرت المشاركة على الخادم منذ قراءتها؛ لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>change program memberships</source>
        <translation>تعديل المشاركات في البرامج</translation>
    </message>
    <message>
        <source>The membership %1 was changed on the server at %2 (UTC) since it was read at %3; nothing was written.</source>
        <translation>تغيّرت المشاركة %1 على الخادم في %2 (بالتوقيت العالمي) منذ قراءتها في %3؛ لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>Registrant %1 has no identifier here.</source>
        <translation>المسجَّل %1 ليس له معرّف هنا.</translation>
    </message>
    <message>
        <source>The enrollment date %1 is after today (%2, UTC).</source>
        <translation>تاريخ الالتحاق %1 بعد اليوم (%2، بالتوقيت العالمي).</translation>
    </message>
    <message>
        <source>%1 has ended: nobody can be enrolled in it.</source>
        <translation>انتهى %1: لا يمكن إلحاق أحد به.</translation>
    </message>
    <message>
        <source>%1 is an individual; the program enrols groups.</source>
        <translation>%1 فرد؛ البرنامج يُلحق الأسر.</translation>
    </message>
    <message>
        <source>%1 is a group; the program enrols individuals.</source>
        <translation>%1 أسرة؛ البرنامج يُلحق الأفراد.</translation>
    </message>
    <message>
        <source>%1 is %2 in this program; the membership cannot become %3.</source>
        <translation>لدى %1 مشاركة بحالة %2 في هذا البرنامج؛ لا يمكن أن تصبح %3.</translation>
    </message>
    <message>
        <source>enrol registrants</source>
        <translation>إلحاق مسجَّلين</translation>
    </message>
    <message>
        <source>G2P Desk does not create registrants on OpenSPP2 servers yet: register them in OpenSPP.</source>
        <translation>لا ينشئ G2P Desk مسجَّلين على خوادم OpenSPP2 بعد: سجّلهم في OpenSPP.</translation>
    </message>
</context>
<context>
    <name>g2p::StartPage</name>
    <message>
        <source>Find a registrant: name, ID number or record id, then Enter</source>
        <translation>ابحث عن مسجَّل: الاسم أو رقم الهوية أو رقم السجل، ثم Enter</translation>
    </message>
    <message>
        <source>Find a registrant</source>
        <translation>البحث عن مسجَّل</translation>
    </message>
    <message>
        <source>Changes to look at</source>
        <translation>تغييرات تحتاج إلى نظر</translation>
    </message>
    <message>
        <source>Outbox summary</source>
        <translation>ملخص صندوق الصادر</translation>
    </message>
    <message>
        <source>Changes that failed or conflict</source>
        <translation>تغييرات فشلت أو تعارضت</translation>
    </message>
    <message>
        <source>Open the &amp;Outbox</source>
        <translation>افتح &amp;صندوق الصادر</translation>
    </message>
    <message>
        <source>Opened recently</source>
        <translation>فُتح مؤخرًا</translation>
    </message>
    <message>
        <source>Registrants opened recently</source>
        <translation>مسجَّلون فُتحوا مؤخرًا</translation>
    </message>
    <message>
        <source>Worklists</source>
        <translation>قوائم العمل</translation>
    </message>
    <message>
        <source>Saved worklists</source>
        <translation>قوائم العمل المحفوظة</translation>
    </message>
    <message>
        <source>Sent from this desktop in the last 7 days</source>
        <translation>ما أُرسل من هذا الجهاز في آخر 7 أيام</translation>
    </message>
    <message>
        <source>Changes sent in the last 7 days</source>
        <translation>التغييرات المرسلة في آخر 7 أيام</translation>
    </message>
    <message>
        <source>Programs</source>
        <translation>البرامج</translation>
    </message>
    <message>
        <source>Programs and their members by state</source>
        <translation>البرامج وأعضاؤها حسب الحالة</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <source>The outbox cannot be opened: see the status bar.</source>
        <translation>تعذّر فتح صندوق الصادر: انظر شريط الحالة.</translation>
    </message>
    <message>
        <source>Nothing waits to be sent and nothing failed.</source>
        <translation>لا شيء ينتظر الإرسال ولم يفشل شيء.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) wait to be sent.</source>
        <translation>
            <numerusform>لا تغييرات تنتظر الإرسال.</numerusform>
            <numerusform>تغيير واحد ينتظر الإرسال.</numerusform>
            <numerusform>تغييران ينتظران الإرسال.</numerusform>
            <numerusform>%n تغييرات تنتظر الإرسال.</numerusform>
            <numerusform>%n تغييرًا ينتظر الإرسال.</numerusform>
            <numerusform>%n تغيير ينتظر الإرسال.</numerusform>
        </translation>
    </message>
    <message>
        <source>These failed or met someone else&apos;s change: open one to see it, or the Outbox to send again or discard.</source>
        <translation>هذه فشلت أو صادفت تغييرًا من شخص آخر: افتح أحدها لتراه، أو صندوق الصادر لإعادة الإرسال أو الإهمال.</translation>
    </message>
    <message>
        <source>registrant %1</source>
        <translation>المسجَّل %1</translation>
    </message>
    <message>
        <source>%1 (household)</source>
        <translation>%1 (أسرة)</translation>
    </message>
    <message>
        <source>No registrant opened yet on this desktop.</source>
        <translation>لم يُفتح أي مسجَّل على هذا الجهاز بعد.</translation>
    </message>
    <message numerus="yes">
        <source>%n enrolment(s)</source>
        <translation>
            <numerusform>لا إلحاق</numerusform>
            <numerusform>إلحاق واحد</numerusform>
            <numerusform>إلحاقان</numerusform>
            <numerusform>%n حالات إلحاق</numerusform>
            <numerusform>%n حالة إلحاق</numerusform>
            <numerusform>%n حالة إلحاق</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exit(s)</source>
        <translation>
            <numerusform>لا خروج</numerusform>
            <numerusform>خروج واحد</numerusform>
            <numerusform>خروجان</numerusform>
            <numerusform>%n حالات خروج</numerusform>
            <numerusform>%n حالة خروج</numerusform>
            <numerusform>%n حالة خروج</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pause(s)</source>
        <translation>
            <numerusform>لا إيقاف مؤقت</numerusform>
            <numerusform>إيقاف مؤقت واحد</numerusform>
            <numerusform>إيقافان مؤقتان</numerusform>
            <numerusform>%n حالات إيقاف مؤقت</numerusform>
            <numerusform>%n حالة إيقاف مؤقت</numerusform>
            <numerusform>%n حالة إيقاف مؤقت</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resumption(s)</source>
        <translation>
            <numerusform>لا استئناف</numerusform>
            <numerusform>استئناف واحد</numerusform>
            <numerusform>استئنافان</numerusform>
            <numerusform>%n استئنافات</numerusform>
            <numerusform>%n استئنافًا</numerusform>
            <numerusform>%n استئناف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other change(s)</source>
        <translation>
            <numerusform>لا تغييرات أخرى</numerusform>
            <numerusform>تغيير آخر واحد</numerusform>
            <numerusform>تغييران آخران</numerusform>
            <numerusform>%n تغييرات أخرى</numerusform>
            <numerusform>%n تغييرًا آخر</numerusform>
            <numerusform>%n تغيير آخر</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was sent from this desktop in the last 7 days.</source>
        <translation>لم يُرسل شيء من هذا الجهاز في آخر 7 أيام.</translation>
    </message>
    <message>
        <source>Confirmed by the server: %1.</source>
        <translation>أكّدها الخادم: %1.</translation>
    </message>
    <message>
        <source>%1 (households)</source>
        <translation>%1 (الأسر)</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n row(s) on %2</source>
        <translation>
            <numerusform>%1 — لا صفوف في %2</numerusform>
            <numerusform>%1 — صف واحد في %2</numerusform>
            <numerusform>%1 — صفان في %2</numerusform>
            <numerusform>%1 — %n صفوف في %2</numerusform>
            <numerusform>%1 — %n صفًا في %2</numerusform>
            <numerusform>%1 — %n صف في %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — not counted yet</source>
        <translation>%1 — لم تُعدّ بعد</translation>
    </message>
    <message>
        <source>Opens the worklist and counts it again</source>
        <translation>يفتح قائمة العمل ويعيد عدّها</translation>
    </message>
    <message>
        <source>No worklist saved: save a search with its filters on Individuals or Groups.</source>
        <translation>لا قوائم عمل محفوظة: احفظ بحثًا مع مرشحاته في الأفراد أو المجموعات.</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
</context>
<context>
    <name>g2p::TableFile</name>
    <message>
        <source>It cannot be opened: %1</source>
        <translation>تعذّر فتحه: %1</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB (%2 MB).</source>
        <translation>حجم الملف أكبر من %1 ميغابايت (%2 ميغابايت).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Program memberships for OpenG2P / OpenSPP registries.</source>
        <translation>المشاركة في البرامج لسجلات OpenG2P / OpenSPP.</translation>
    </message>
    <message>
        <source>Registry URL.</source>
        <translation>عنوان URL للسجل.</translation>
    </message>
    <message>
        <source>User name.</source>
        <translation>اسم المستخدم.</translation>
    </message>
    <message>
        <source>Interface language for this run (en, fr, es, ar).</source>
        <translation>لغة الواجهة لهذا التشغيل (en، fr، es، ar).</translation>
    </message>
    <message>
        <source>Section to open on: start (the default), individuals, groups, programs, bulk or outbox.</source>
        <translation>القسم الذي يُفتح أولًا: start (الافتراضي) أو individuals أو groups أو programs أو bulk أو outbox.</translation>
    </message>
    <message>
        <source>Unknown section “%1”: use start, individuals, groups, programs, bulk or outbox.</source>
        <translation>قسم غير معروف «%1»: استخدم start أو individuals أو groups أو programs أو bulk أو outbox.</translation>
    </message>
</context>
</TS>
