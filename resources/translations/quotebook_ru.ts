<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name></name>
    <message>
        <source>&amp;New library…</source>
        <translation>&amp;Новая библиотека…</translation>
    </message>
    <message>
        <source>Create a new library file</source>
        <translation>Создать новый файл библиотеки</translation>
    </message>
    <message>
        <source>&amp;Open library…</source>
        <translation>&amp;Открыть библиотеку…</translation>
    </message>
    <message>
        <source>Open a library file</source>
        <translation>Открыть файл библиотеки</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>Write quotes to a sheet for an editor</source>
        <translation>Записать цитаты в таблицу для редактора</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Импорт CSV…</translation>
    </message>
    <message>
        <source>Add quotes from a sheet</source>
        <translation>Добавить цитаты из таблицы</translation>
    </message>
    <message>
        <source>Import &amp;article…</source>
        <translation>Импорт &amp;статьи…</translation>
    </message>
    <message>
        <source>Paste or open an article and file the quotes found in it</source>
        <translation>Вставить или открыть статью и сохранить найденные в ней цитаты</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Резервная копия сейчас</translation>
    </message>
    <message>
        <source>Make a checked copy of the library now</source>
        <translation>Сделать проверенную копию библиотеки сейчас</translation>
    </message>
    <message>
        <source>Res&amp;tore from backup…</source>
        <translation>&amp;Восстановить из копии…</translation>
    </message>
    <message>
        <source>List the library&apos;s backups and restore one</source>
        <translation>Показать резервные копии библиотеки и восстановить одну из них</translation>
    </message>
    <message>
        <source>En&amp;crypt library…</source>
        <translation>За&amp;шифровать библиотеку…</translation>
    </message>
    <message>
        <source>Protect the library and its backups with a passphrase</source>
        <translation>Защитить библиотеку и её резервные копии парольной фразой</translation>
    </message>
    <message>
        <source>C&amp;hange passphrase…</source>
        <translation>Сменить парольную &amp;фразу…</translation>
    </message>
    <message>
        <source>Encrypt the library with a new passphrase</source>
        <translation>Зашифровать библиотеку новой парольной фразой</translation>
    </message>
    <message>
        <source>Remove encr&amp;yption…</source>
        <translation>Сн&amp;ять шифрование…</translation>
    </message>
    <message>
        <source>Store the library and its backups unencrypted</source>
        <translation>Хранить библиотеку и её резервные копии без шифрования</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>Close Quotebook</source>
        <translation>Закрыть Quotebook</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Отменить последнее изменение</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>New &amp;quote</source>
        <translation>Новая &amp;цитата</translation>
    </message>
    <message>
        <source>A new quote from the last source and article</source>
        <translation>Новая цитата с последним источником и статьёй</translation>
    </message>
    <message>
        <source>New &amp;source…</source>
        <translation>Новый &amp;источник…</translation>
    </message>
    <message>
        <source>Add a source</source>
        <translation>Добавить источник</translation>
    </message>
    <message>
        <source>New &amp;article…</source>
        <translation>Новая с&amp;татья…</translation>
    </message>
    <message>
        <source>Add an article</source>
        <translation>Добавить статью</translation>
    </message>
    <message>
        <source>&amp;Copy with attribution</source>
        <translation>&amp;Копировать с атрибуцией</translation>
    </message>
    <message>
        <source>Copy the quote with its attribution line</source>
        <translation>Скопировать цитату со строкой атрибуции</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Move the selected quotes to the trash</source>
        <translation>Переместить выбранные цитаты в корзину</translation>
    </message>
    <message>
        <source>Restore from &amp;trash</source>
        <translation>Вернуть из корзин&amp;ы</translation>
    </message>
    <message>
        <source>Bring the selected quotes back</source>
        <translation>Вернуть выбранные цитаты</translation>
    </message>
    <message>
        <source>&amp;Empty trash…</source>
        <translation>О&amp;чистить корзину…</translation>
    </message>
    <message>
        <source>Delete trashed quotes for good</source>
        <translation>Удалить цитаты из корзины навсегда</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <source>Search quotes</source>
        <translation>Поиск цитат</translation>
    </message>
    <message>
        <source>&amp;Add tag to selected…</source>
        <translation>&amp;Добавить тег к выбранным…</translation>
    </message>
    <message>
        <source>Tag the selected quotes</source>
        <translation>Пометить выбранные цитаты тегом</translation>
    </message>
    <message>
        <source>&amp;Remove tag from selected…</source>
        <translation>Сн&amp;ять тег с выбранных…</translation>
    </message>
    <message>
        <source>Untag the selected quotes</source>
        <translation>Снять тег с выбранных цитат</translation>
    </message>
    <message>
        <source>&amp;All quotes</source>
        <translation>&amp;Все цитаты</translation>
    </message>
    <message>
        <source>Show every quote</source>
        <translation>Показать все цитаты</translation>
    </message>
    <message>
        <source>&amp;Trash</source>
        <translation>&amp;Корзина</translation>
    </message>
    <message>
        <source>Show the quotes in the trash</source>
        <translation>Показать цитаты в корзине</translation>
    </message>
    <message>
        <source>&amp;Sources</source>
        <translation>&amp;Источники</translation>
    </message>
    <message>
        <source>The people you interviewed</source>
        <translation>Люди, у которых вы брали интервью</translation>
    </message>
    <message>
        <source>A&amp;rticles</source>
        <translation>С&amp;татьи</translation>
    </message>
    <message>
        <source>Where the quotes ran</source>
        <translation>Где были опубликованы цитаты</translation>
    </message>
    <message>
        <source>Go to &amp;navigator</source>
        <translation>Перейти к &amp;навигатору</translation>
    </message>
    <message>
        <source>Go to quote &amp;list</source>
        <translation>Перейти к &amp;списку цитат</translation>
    </message>
    <message>
        <source>Go to &amp;editor</source>
        <translation>Перейти к &amp;редактору</translation>
    </message>
    <message>
        <source>&amp;Hide protected fields</source>
        <translation>Скрыть &amp;защищённые поля</translation>
    </message>
    <message>
        <source>Mask real names and contacts on screen until clicked (for screen sharing)</source>
        <translation>Скрывать настоящие имена и контакты на экране до щелчка (для показа экрана)</translation>
    </message>
    <message>
        <source>Loc&amp;k now</source>
        <translation>&amp;Блокировать сейчас</translation>
    </message>
    <message>
        <source>Close the encrypted library and ask for its passphrase again</source>
        <translation>Закрыть зашифрованную библиотеку и снова спросить парольную фразу</translation>
    </message>
    <message>
        <source>&amp;About Quotebook</source>
        <translation>&amp;О программе Quotebook</translation>
    </message>
    <message>
        <source>Version and library</source>
        <translation>Версия и библиотека</translation>
    </message>
    <message>
        <source>Search &amp;syntax</source>
        <translation>&amp;Синтаксис поиска</translation>
    </message>
    <message>
        <source>What the search box understands</source>
        <translation>Что понимает строка поиска</translation>
    </message>
    <message>
        <source>Library from a newer Quotebook</source>
        <translation>Библиотека из более новой версии Quotebook</translation>
    </message>
    <message>
        <source>This library was written by a newer version of Quotebook. Update Quotebook to open it. The file has not been changed.</source>
        <translation>Эта библиотека записана более новой версией Quotebook. Обновите Quotebook, чтобы открыть её. Файл не изменён.</translation>
    </message>
    <message>
        <source>Not a Quotebook library</source>
        <translation>Это не библиотека Quotebook</translation>
    </message>
    <message>
        <source>This file is not a Quotebook library. Open a library file, or create a new one.</source>
        <translation>Этот файл не является библиотекой Quotebook. Откройте файл библиотеки или создайте новую.</translation>
    </message>
    <message>
        <source>Damaged library</source>
        <translation>Библиотека повреждена</translation>
    </message>
    <message>
        <source>This library is damaged, so it was not opened; the file was left as it was. Restore it from a backup (see quotebook restore --help) or open another library.</source>
        <translation>Библиотека повреждена, поэтому она не открыта; файл оставлен как был. Восстановите её из резервной копии (см. quotebook restore --help) или откройте другую библиотеку.</translation>
    </message>
    <message>
        <source>Library in use</source>
        <translation>Библиотека занята</translation>
    </message>
    <message>
        <source>Another Quotebook window or program is using this library. Close it and try again, or open another library.</source>
        <translation>Эту библиотеку использует другое окно или программа Quotebook. Закройте её и попробуйте снова или откройте другую библиотеку.</translation>
    </message>
    <message>
        <source>Library cannot be written</source>
        <translation>В библиотеку нельзя записать</translation>
    </message>
    <message>
        <source>Quotebook cannot write to this library. Check that the file and its folder may be written and that the disk is mounted, or open another library.</source>
        <translation>Quotebook не может записать в эту библиотеку. Проверьте, что файл и его папка доступны для записи и что диск подключён, или откройте другую библиотеку.</translation>
    </message>
    <message>
        <source>Library cannot be opened</source>
        <translation>Библиотеку нельзя открыть</translation>
    </message>
    <message>
        <source>This library cannot be opened.</source>
        <translation>Эту библиотеку нельзя открыть.</translation>
    </message>
    <message>
        <source>Nothing was imported: {n} of {rows} rows cannot be imported (listed below). Correct them, or tick “Skip rows that cannot be imported”.</source>
        <translation>Ничего не импортировано: строк, которые нельзя импортировать, {n} из {rows} (список ниже). Исправьте их или отметьте «Пропускать строки, которые нельзя импортировать».</translation>
    </message>
    <message>
        <source>Dry run of {rows} rows; nothing has been written yet.</source>
        <translation>Пробный прогон, строк: {rows}; пока ничего не записано.</translation>
    </message>
    <message>
        <source>to create</source>
        <translation>будет создано</translation>
    </message>
    <message>
        <source>would be rejected</source>
        <translation>будет отклонено</translation>
    </message>
    <message>
        <source>Imported {rows} rows.</source>
        <translation>Импортировано строк: {rows}.</translation>
    </message>
    <message>
        <source>created</source>
        <translation>создано</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>отклонено</translation>
    </message>
    <message>
        <source>Quotes {verb}: {n}</source>
        <translation>Цитаты — {verb}: {n}</translation>
    </message>
    <message>
        <source>Sources {verb}: {n}, matched: {m}</source>
        <translation>Источники — {verb}: {n}, найдено в библиотеке: {m}</translation>
    </message>
    <message>
        <source>Articles {verb}: {n}, matched: {m}</source>
        <translation>Статьи — {verb}: {n}, найдено в библиотеке: {m}</translation>
    </message>
    <message>
        <source>Tags {verb}: {n}</source>
        <translation>Теги — {verb}: {n}</translation>
    </message>
    <message>
        <source>Already in the library: {n}</source>
        <translation>Уже в библиотеке: {n}</translation>
    </message>
    <message>
        <source>Made stricter: {n}</source>
        <translation>Сделано строже: {n}</translation>
    </message>
    <message>
        <source>Without a ground rule, filed on their source&apos;s default: {n} (new sources: {rule})</source>
        <translation>Без условий, записаны по условиям источника: {n} (новые источники: {rule})</translation>
    </message>
    <message>
        <source>Rows {verb}: {n}</source>
        <translation>Строки — {verb}: {n}</translation>
    </message>
    <message>
        <source>Columns not imported: {names}</source>
        <translation>Неимпортированные столбцы: {names}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Нед&amp;авние</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>Cop&amp;y style</source>
        <translation>Сти&amp;ль копирования</translation>
    </message>
    <message>
        <source>Set &amp;on selected quotes</source>
        <translation>&amp;Задать для выбранных цитат</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>Настро&amp;йки…</translation>
    </message>
    <message>
        <source>Language and other choices</source>
        <translation>Язык и другие настройки</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>&amp;Теги</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>Sa&amp;ved searches</source>
        <translation>Сохранённые &amp;поиски</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Save search…</source>
        <translation>&amp;Сохранить поиск…</translation>
    </message>
    <message>
        <source>Keep the current search under a name (Ctrl+S in the search box)</source>
        <translation>Сохранить текущий поиск под именем (Ctrl+S в строке поиска)</translation>
    </message>
    <message>
        <source>Re&amp;name saved search…</source>
        <translation>Переи&amp;меновать сохранённый поиск…</translation>
    </message>
    <message>
        <source>Move saved search &amp;up</source>
        <translation>Переместить сохранённый поиск &amp;выше</translation>
    </message>
    <message>
        <source>Move saved search do&amp;wn</source>
        <translation>Переместить сохранённый поиск н&amp;иже</translation>
    </message>
    <message>
        <source>&amp;Delete saved search…</source>
        <translation>&amp;Удалить сохранённый поиск…</translation>
    </message>
    <message>
        <source>Save search</source>
        <translation>Сохранить поиск</translation>
    </message>
    <message>
        <source>Type a search first, then save it.</source>
        <translation>Сначала введите поиск, затем сохраните его.</translation>
    </message>
    <message>
        <source>Name for the search “{query}”:</source>
        <translation>Имя для поиска «{query}»:</translation>
    </message>
    <message>
        <source>Rename saved search</source>
        <translation>Переименовать сохранённый поиск</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Новое имя:</translation>
    </message>
    <message>
        <source>Delete saved search</source>
        <translation>Удалить сохранённый поиск</translation>
    </message>
    <message>
        <source>Forget the saved search “{name}”? No quote is changed.</source>
        <translation>Забыть сохранённый поиск «{name}»? Цитаты не изменятся.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Re&amp;name tag…</source>
        <translation>Переи&amp;меновать тег…</translation>
    </message>
    <message>
        <source>&amp;Merge tag into…</source>
        <translation>&amp;Объединить тег с…</translation>
    </message>
    <message>
        <source>Tag &amp;colour…</source>
        <translation>&amp;Цвет тега…</translation>
    </message>
    <message>
        <source>&amp;Delete tag…</source>
        <translation>&amp;Удалить тег…</translation>
    </message>
    <message>
        <source>Set &amp;ground rule…</source>
        <translation>Задать &amp;условия…</translation>
    </message>
    <message>
        <source>Set &amp;source…</source>
        <translation>Задать &amp;источник…</translation>
    </message>
    <message>
        <source>Set &amp;article…</source>
        <translation>Задать с&amp;татью…</translation>
    </message>
    <message>
        <source>Set s&amp;tatus…</source>
        <translation>Задать ст&amp;атус…</translation>
    </message>
    <message>
        <source>Set &amp;date said…</source>
        <translation>Задать &amp;дату…</translation>
    </message>
</context>
<context>
    <name>AddTagDialog</name>
    <message>
        <source>Add tag</source>
        <translation>Добавить тег</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Tag the {n} selected quote(s) with:</source>
        <translation>
            <numerusform>&amp;Пометить выбранные цитаты ({n}) тегом:</numerusform>
            <numerusform>&amp;Пометить выбранные цитаты ({n}) тегом:</numerusform>
            <numerusform>&amp;Пометить выбранные цитаты ({n}) тегом:</numerusform>
        </translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Тег</translation>
    </message>
    <message>
        <source>Enter adds the highlighted tag, or the only one that matches. Shift+Enter makes a new tag of exactly what you typed.</source>
        <translation>Enter добавляет выделенный тег или единственный подходящий. Shift+Enter создаёт новый тег ровно из того, что введено.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Add “{name}”</source>
        <translation>Добавить «{name}»</translation>
    </message>
    <message>
        <source>Create tag “{name}”</source>
        <translation>Создать тег «{name}»</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Edits are off</source>
        <translation>Правка отключена</translation>
    </message>
    <message>
        <source>Edits are off: {reason}. You can still search, read and export.</source>
        <translation>Правка отключена: {reason}. Искать, читать и экспортировать по-прежнему можно.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Повторить попытку</translation>
    </message>
    <message>
        <source>Other users could read {count} of this library&apos;s files; they are now readable by you only.</source>
        <translation>Другие пользователи могли читать файлы этой библиотеки (файлов: {count}); теперь их можете читать только вы.</translation>
    </message>
    <message>
        <source>⚠ Library in a network or synchronised folder</source>
        <translation>⚠ Библиотека в сетевой или синхронизируемой папке</translation>
    </message>
    <message>
        <source>Library in a risky folder</source>
        <translation>Библиотека в ненадёжной папке</translation>
    </message>
    <message>
        <source>This library is in a network or cloud-synchronised folder, where it can be damaged. Keep it in a local folder; Quotebook&apos;s backups protect it there.</source>
        <translation>Библиотека лежит в сетевой или синхронизируемой с облаком папке, где её можно повредить. Храните её в локальной папке: там её защищают резервные копии Quotebook.</translation>
    </message>
    <message>
        <source>Automatic backup made: {path}</source>
        <translation>Сделана автоматическая резервная копия: {path}</translation>
    </message>
    <message>
        <source>The automatic backup failed: {reason}</source>
        <translation>Автоматическая резервная копия не удалась: {reason}</translation>
    </message>
    <message>
        <source>Open another library…</source>
        <translation>Открыть другую библиотеку…</translation>
    </message>
    <message>
        <source>Create a new library…</source>
        <translation>Создать новую библиотеку…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Quotebook did not close properly last time, so {name} is checked for damage before it opens. A large library takes a minute or more.</source>
        <translation>В прошлый раз Quotebook закрылся некорректно, поэтому {name} проверяется на повреждения, прежде чем откроется. Большая библиотека проверяется минуту или дольше.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>Checking {name}</source>
        <translation>Проверка {name}</translation>
    </message>
</context>
<context>
    <name>ArticleEditor</name>
    <message>
        <source>Headline:</source>
        <translation>Заголовок:</translation>
    </message>
    <message>
        <source>Outlet:</source>
        <translation>Издание:</translation>
    </message>
    <message>
        <source>newspaper, site</source>
        <translation>газета, сайт</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <source>Published on:</source>
        <translation>Опубликовано:</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>Author:</source>
        <translation>Автор:</translation>
    </message>
    <message>
        <source>Dateline:</source>
        <translation>Место:</translation>
    </message>
    <message>
        <source>city</source>
        <translation>город</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Заметки:</translation>
    </message>
</context>
<context>
    <name>ArticleFieldsBox</name>
    <message>
        <source>Article</source>
        <translation>Статья</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>where it was filed from, e.g. YEREVAN</source>
        <translation>откуда передан материал, например ЕРЕВАН</translation>
    </message>
    <message>
        <source>&amp;Headline:</source>
        <translation>&amp;Заголовок:</translation>
    </message>
    <message>
        <source>&amp;Published:</source>
        <translation>&amp;Опубликовано:</translation>
    </message>
    <message>
        <source>Au&amp;thor:</source>
        <translation>А&amp;втор:</translation>
    </message>
    <message>
        <source>&amp;Outlet:</source>
        <translation>&amp;Издание:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>D&amp;ateline:</source>
        <translation>&amp;Место выпуска:</translation>
    </message>
</context>
<context>
    <name>ArticleImportDialog</name>
    <message>
        <source>Import article</source>
        <translation>Импорт статьи</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Quotes found</source>
        <translation>Найденные цитаты</translation>
    </message>
    <message>
        <source>&amp;Unsure speakers first</source>
        <translation>Сомнительные говорящие &amp;первыми</translation>
    </message>
    <message>
        <source>List first the quotes whose speaker is marked %1: check those before saving.</source>
        <translation>Показать первыми цитаты, где говорящий отмечен %1: проверьте их до сохранения.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Чтение %1…</translation>
    </message>
    <message>
        <source>Finding quotes…</source>
        <translation>Поиск цитат…</translation>
    </message>
    <message numerus="yes">
        <source>%n quote(s) found.</source>
        <translation>
            <numerusform>Найдена %n цитата.</numerusform>
            <numerusform>Найдены %n цитаты.</numerusform>
            <numerusform>Найдено %n цитат.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the library.</source>
        <translation>
            <numerusform>%n уже в библиотеке.</numerusform>
            <numerusform>%n уже в библиотеке.</numerusform>
            <numerusform>%n уже в библиотеке.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with an unsure speaker, marked %1.</source>
        <translation>
            <numerusform>%n — с сомнительным говорящим, отмечена %1.</numerusform>
            <numerusform>%n — с сомнительным говорящим, отмечены %1.</numerusform>
            <numerusform>%n — с сомнительным говорящим, отмечены %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The article is in the library: they go under it.</source>
        <translation>Статья уже есть в библиотеке: цитаты будут привязаны к ней.</translation>
    </message>
    <message>
        <source>Choose a source for every checked quote.</source>
        <translation>Выберите источник для каждой отмеченной цитаты.</translation>
    </message>
    <message>
        <source>The article needs a headline.</source>
        <translation>У статьи должен быть заголовок.</translation>
    </message>
</context>
<context>
    <name>ArticleTextBox</name>
    <message>
        <source>Detect</source>
        <translation>Определить</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Простой текст</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>HTML page</source>
        <translation>HTML-страница</translation>
    </message>
    <message>
        <source>Article text</source>
        <translation>Текст статьи</translation>
    </message>
    <message>
        <source>Paste the article here (plain text, Markdown or a page&apos;s HTML)…</source>
        <translation>Вставьте статью сюда (простой текст, Markdown или HTML страницы)…</translation>
    </message>
    <message>
        <source>Open &amp;file…</source>
        <translation>Открыть &amp;файл…</translation>
    </message>
    <message>
        <source>Fi&amp;nd quotes</source>
        <translation>&amp;Найти цитаты</translation>
    </message>
    <message>
        <source>Paste an article or open a file.</source>
        <translation>Вставьте статью или откройте файл.</translation>
    </message>
    <message>
        <source>&amp;Read as:</source>
        <translation>&amp;Читать как:</translation>
    </message>
</context>
<context>
    <name>ArticlesView</name>
    <message>
        <source>Filter articles</source>
        <translation>Фильтр статей</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Статьи</translation>
    </message>
    <message>
        <source>Filter articles by headline, outlet, author…</source>
        <translation>Фильтр статей по заголовку, изданию, автору…</translation>
    </message>
    <message>
        <source>New article…</source>
        <translation>Новая статья…</translation>
    </message>
    <message>
        <source>1 article</source>
        <translation>Статей: 1</translation>
    </message>
    <message>
        <source>{n} articles</source>
        <translation>Статей: {n}</translation>
    </message>
    <message>
        <source>{shown} of {total} articles</source>
        <translation>Статей: {shown} из {total}</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Сделать копию сейчас</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Восстановить…</translation>
    </message>
    <message>
        <source>Backups are kept in %1</source>
        <translation>Резервные копии хранятся в %1</translation>
    </message>
    <message>
        <source>Reading the backups…</source>
        <translation>Чтение резервных копий…</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>Резервных копий пока нет.</translation>
    </message>
    <message>
        <source>This backup is encrypted with another passphrase than the library&apos;s.</source>
        <translation>Эта копия зашифрована другой парольной фразой, не фразой библиотеки.</translation>
    </message>
    <message>
        <source>Backing up and checking the copy…</source>
        <translation>Создание и проверка копии…</translation>
    </message>
    <message>
        <source>Backed up %1 quotes.</source>
        <translation>Сохранено цитат: %1.</translation>
    </message>
    <message>
        <source>Replace the library with the backup of %1? The library as it is now is kept beside it, and nothing is deleted.</source>
        <translation>Заменить библиотеку резервной копией от %1? Текущая библиотека сохранится рядом, ничего не удаляется.</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Восстановить копию</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <source>Checking the backup and restoring it…</source>
        <translation>Проверка и восстановление копии…</translation>
    </message>
    <message>
        <source>Restored %1 quotes. The replaced library was kept as %2.</source>
        <translation>Восстановлено цитат: %1. Заменённая библиотека сохранена как %2.</translation>
    </message>
</context>
<context>
    <name>BackupModel</name>
    <message>
        <source>{path}

Encrypted with another passphrase than the library&apos;s: one the library had before its passphrase was changed, or another library&apos;s.</source>
        <translation>{path}

Зашифрована другой парольной фразой, не фразой библиотеки: той, что была у библиотеки до её смены, или фразой другой библиотеки.</translation>
    </message>
    <message>
        <source>Other passphrase</source>
        <translation>Другая парольная фраза</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Автоматическая</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Перед обновлением</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Сделана вручную</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Создана</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Цитаты</translation>
    </message>
</context>
<context>
    <name>BulkCommands</name>
    <message numerus="yes">
        <source>For the {n} selected quote(s):</source>
        <translation>
            <numerusform>Для выбранных цитат ({n}):</numerusform>
            <numerusform>Для выбранных цитат ({n}):</numerusform>
            <numerusform>Для выбранных цитат ({n}):</numerusform>
        </translation>
    </message>
    <message>
        <source>Set ground rule</source>
        <translation>Задать условия</translation>
    </message>
    <message>
        <source>Set source</source>
        <translation>Задать источник</translation>
    </message>
    <message>
        <source>Set article</source>
        <translation>Задать статью</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>Задать статус</translation>
    </message>
    <message>
        <source>Set date said</source>
        <translation>Задать дату</translation>
    </message>
    <message numerus="yes">
        <source>Date said for the {n} selected quote(s), YYYY-MM-DD (empty clears it):</source>
        <translation>
            <numerusform>Дата слов для выбранных цитат ({n}), ГГГГ-ММ-ДД (пусто — убрать дату):</numerusform>
            <numerusform>Дата слов для выбранных цитат ({n}), ГГГГ-ММ-ДД (пусто — убрать дату):</numerusform>
            <numerusform>Дата слов для выбранных цитат ({n}), ГГГГ-ММ-ДД (пусто — убрать дату):</numerusform>
        </translation>
    </message>
    <message>
        <source>Make quotes more open?</source>
        <translation>Сделать цитаты более открытыми?</translation>
    </message>
    <message numerus="yes">
        <source>{quotes} quote(s) of {sources} will be more open: {rule}. Their sources may then be named or described where they were not.</source>
        <translation>
            <numerusform>Цитаты ({quotes}) источников ({sources}) станут более открытыми: {rule}. Их источники могут оказаться названы или описаны там, где раньше не были.</numerusform>
            <numerusform>Цитаты ({quotes}) источников ({sources}) станут более открытыми: {rule}. Их источники могут оказаться названы или описаны там, где раньше не были.</numerusform>
            <numerusform>Цитаты ({quotes}) источников ({sources}) станут более открытыми: {rule}. Их источники могут оказаться названы или описаны там, где раньше не были.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{quotes} quote(s) of {sources} follow their source&apos;s ground rule and will take the new source&apos;s, which is more open: {rule}. Their sources may then be named or described where they were not.</source>
        <translation>
            <numerusform>Цитаты ({quotes}) источников ({sources}) следуют условиям своего источника и получат условия нового, более открытые: {rule}. Их источники могут оказаться названы или описаны там, где раньше не были.</numerusform>
            <numerusform>Цитаты ({quotes}) источников ({sources}) следуют условиям своего источника и получат условия нового, более открытые: {rule}. Их источники могут оказаться названы или описаны там, где раньше не были.</numerusform>
            <numerusform>Цитаты ({quotes}) источников ({sources}) следуют условиям своего источника и получат условия нового, более открытые: {rule}. Их источники могут оказаться названы или описаны там, где раньше не были.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n</numerusform>
            <numerusform>%n</numerusform>
            <numerusform>%n</numerusform>
        </translation>
    </message>
    <message>
        <source>Make more open</source>
        <translation>Сделать открытее</translation>
    </message>
    <message numerus="yes">
        <source>Changed {n} quote(s). Undo puts them back.</source>
        <translation>
            <numerusform>Изменено цитат: {n}. «Отменить» вернёт всё как было.</numerusform>
            <numerusform>Изменено цитат: {n}. «Отменить» вернёт всё как было.</numerusform>
            <numerusform>Изменено цитат: {n}. «Отменить» вернёт всё как было.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BusyIndicator</name>
    <message>
        <source>Working</source>
        <translation>Идёт работа</translation>
    </message>
</context>
<context>
    <name>CopyStyle</name>
    <message>
        <source>&amp;English news: “…,” said X.</source>
        <translation>&amp;Английская пресса: “…,” said X.</translation>
    </message>
    <message>
        <source>AP/Reu&amp;ters: “…,” X said.</source>
        <translation>AP/&amp;Reuters: “…,” X said.</translation>
    </message>
    <message>
        <source>&amp;Russian: «…», — сказал X.</source>
        <translation>&amp;Русский: «…», — сказал X.</translation>
    </message>
    <message>
        <source>&amp;Plain: quote — X</source>
        <translation>&amp;Просто: цитата — X</translation>
    </message>
    <message>
        <source>Add “(&amp;name changed)” to pseudonyms</source>
        <translation>Добавлять «(&amp;имя изменено)» к псевдонимам</translation>
    </message>
    <message>
        <source>Add &amp;outlet and date</source>
        <translation>Добавлять издание и &amp;дату</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>The library cannot be used</source>
        <translation>Библиотекой нельзя пользоваться</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Quotebook hit a bug</source>
        <translation>В Quotebook произошла ошибка</translation>
    </message>
    <message>
        <source>Something went wrong that Quotebook did not expect. Your library is safe: every change is saved when it is made, and you can keep working. Please send the details below with a note of what you were doing.</source>
        <translation>Случилось то, чего Quotebook не ожидал. Ваша библиотека в безопасности: каждое изменение сохраняется сразу, и можно продолжать работу. Пожалуйста, пришлите подробности ниже с описанием того, что вы делали.</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Подробности ошибки</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Копировать подробности</translation>
    </message>
    <message>
        <source>The details are on the clipboard.</source>
        <translation>Подробности скопированы в буфер обмена.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Quotebook libraries (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Библиотеки Quotebook (*.sqlite3 *.sqlite *.db);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Open library</source>
        <translation>Открыть библиотеку</translation>
    </message>
    <message>
        <source>New library</source>
        <translation>Новая библиотека</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Your quotebook is empty</source>
        <translation>Ваш Quotebook пуст</translation>
    </message>
    <message>
        <source>Keep the people you interview, what they said, the topics it touches and the articles it ran in, in one place. Start with a quote you are transcribing, or look around a demo library first.</source>
        <translation>Храните в одном месте людей, у которых вы берёте интервью, их слова, темы и статьи, где эти слова вышли. Начните с цитаты, которую расшифровываете, или сначала осмотритесь в демо-библиотеке.</translation>
    </message>
    <message>
        <source>Add your first quote</source>
        <translation>Добавить первую цитату</translation>
    </message>
    <message>
        <source>Open the demo library</source>
        <translation>Открыть демо-библиотеку</translation>
    </message>
</context>
<context>
    <name>EncryptionCommands</name>
    <message>
        <source>Encrypting the library and its backups…</source>
        <translation>Библиотека и её резервные копии шифруются…</translation>
    </message>
    <message>
        <source>Encrypting the library and its backups anew…</source>
        <translation>Библиотека и её резервные копии шифруются заново…</translation>
    </message>
    <message>
        <source>Decrypting the library and its backups…</source>
        <translation>Библиотека и её резервные копии расшифровываются…</translation>
    </message>
    <message>
        <source>Quotebook</source>
        <translation>Quotebook</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) could not be opened with either passphrase and were left as they were: %1</source>
        <translation>
            <numerusform>%n резервную копию не удалось открыть ни старой, ни новой парольной фразой, она оставлена как была: %1</numerusform>
            <numerusform>%n резервные копии не удалось открыть ни старой, ни новой парольной фразой, они оставлены как были: %1</numerusform>
            <numerusform>%n резервных копий не удалось открыть ни старой, ни новой парольной фразой, они оставлены как были: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The unencrypted file was overwritten and deleted, but an SSD or a journaling disk may keep old blocks of it where no program can reach: use full-disk encryption as well (FileVault, BitLocker or LUKS).</source>
        <translation>Незашифрованный файл перезаписан и удалён, но SSD или диск с журналированием может хранить его старые блоки там, куда не добраться ни одной программе: включите также шифрование всего диска (FileVault, BitLocker или LUKS).</translation>
    </message>
    <message numerus="yes">
        <source>The library and %n backup(s) are now encrypted. Without the passphrase nobody can read them.</source>
        <translation>
            <numerusform>Библиотека и %n резервная копия теперь зашифрованы. Без парольной фразы их никто не прочтёт.</numerusform>
            <numerusform>Библиотека и %n резервные копии теперь зашифрованы. Без парольной фразы их никто не прочтёт.</numerusform>
            <numerusform>Библиотека и %n резервных копий теперь зашифрованы. Без парольной фразы их никто не прочтёт.</numerusform>
        </translation>
    </message>
    <message>
        <source>Library encrypted</source>
        <translation>Библиотека зашифрована</translation>
    </message>
    <message numerus="yes">
        <source>The library and %n backup(s) now open with the new passphrase only. Copies made before elsewhere still open with the old one.</source>
        <translation>
            <numerusform>Библиотека и %n резервная копия теперь открываются только новой парольной фразой. Копии, сделанные раньше в других местах, по-прежнему открываются старой.</numerusform>
            <numerusform>Библиотека и %n резервные копии теперь открываются только новой парольной фразой. Копии, сделанные раньше в других местах, по-прежнему открываются старой.</numerusform>
            <numerusform>Библиотека и %n резервных копий теперь открываются только новой парольной фразой. Копии, сделанные раньше в других местах, по-прежнему открываются старой.</numerusform>
        </translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>Парольная фраза сменена</translation>
    </message>
    <message numerus="yes">
        <source>The library and %n backup(s) are now stored unencrypted: anyone who can read the files can read them.</source>
        <translation>
            <numerusform>Библиотека и %n резервная копия теперь хранятся без шифрования: их прочтёт любой, кто может читать эти файлы.</numerusform>
            <numerusform>Библиотека и %n резервные копии теперь хранятся без шифрования: их прочтёт любой, кто может читать эти файлы.</numerusform>
            <numerusform>Библиотека и %n резервных копий теперь хранятся без шифрования: их прочтёт любой, кто может читать эти файлы.</numerusform>
        </translation>
    </message>
    <message>
        <source>Encryption removed</source>
        <translation>Шифрование снято</translation>
    </message>
    <message>
        <source>That is not the library&apos;s current passphrase. Nothing was changed.</source>
        <translation>Это не текущая парольная фраза библиотеки. Ничего не изменено.</translation>
    </message>
    <message>
        <source>{reason}. The library was left as it was.</source>
        <translation>{reason}. Библиотека оставлена как была.</translation>
    </message>
    <message>
        <source>Library not encrypted</source>
        <translation>Библиотека не зашифрована</translation>
    </message>
    <message>
        <source>Passphrase not changed</source>
        <translation>Парольная фраза не сменена</translation>
    </message>
    <message>
        <source>Encryption not removed</source>
        <translation>Шифрование не снято</translation>
    </message>
</context>
<context>
    <name>ExportChoices</name>
    <message>
        <source>Quotes</source>
        <translation>Цитаты</translation>
    </message>
    <message>
        <source>Selected quotes ({n})</source>
        <translation>Выбранные цитаты ({n})</translation>
    </message>
    <message>
        <source>Current search: {query}</source>
        <translation>Текущий поиск: {query}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Whole library</source>
        <translation>Вся библиотека</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Формат:</translation>
    </message>
    <message>
        <source>Every quote with every field, not redacted, for your own copy: Import CSV reads it back whole. Real names and contacts are left out.</source>
        <translation>Все цитаты со всеми полями, без редактирования, для вашей собственной копии: «Импорт CSV» прочитает её целиком. Настоящие имена и контакты не включаются.</translation>
    </message>
    <message>
        <source>Group quotes by</source>
        <translation>Группировать цитаты по</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Статья</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Group quotes by:</source>
        <translation>Группировать по:</translation>
    </message>
    <message>
        <source>Byte-order mark (for Excel)</source>
        <translation>Метка порядка байтов (для Excel)</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Запятая ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Точка с запятой ( ; )</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>Разделитель:</translation>
    </message>
    <message>
        <source>Include off-the-record quotes</source>
        <translation>Включить цитаты не для печати</translation>
    </message>
    <message>
        <source>Quotes given off the record will be in the file. Their sources agreed to talk only if these words are never published.</source>
        <translation>В файл попадут цитаты не для печати. Источники согласились говорить только при условии, что эти слова никогда не будут опубликованы.</translation>
    </message>
    <message>
        <source>Unredacted: name every source</source>
        <translation>Без редактирования: назвать все источники</translation>
    </message>
    <message>
        <source>Names of background sources will appear: every source&apos;s printed name, age, role and organisation is written whatever the ground rule. Only for you, or an editor who must know who a source is.</source>
        <translation>Появятся имена источников на условиях анонимности: имя, возраст, должность и организация каждого источника записываются при любом условии. Только для вас или для редактора, которому нужно знать, кто источник.</translation>
    </message>
    <message>
        <source>Include notes on protected quotes</source>
        <translation>Включить заметки к защищённым цитатам</translation>
    </message>
    <message>
        <source>The context and notes of quotes on background, deep background and off the record will be in the file. Your own notes (where you met, what the source does) can identify them.</source>
        <translation>В файл попадут контекст и заметки цитат без указания имени, без ссылки на источник и не для печати. Ваши собственные заметки (где вы встречались, чем занимается источник) могут выдать их.</translation>
    </message>
    <message>
        <source>CSV sheet (.csv)</source>
        <translation>Таблица CSV (.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Книга Excel (.xlsx)</translation>
    </message>
    <message>
        <source>Word quote sheet (.docx)</source>
        <translation>Список цитат Word (.docx)</translation>
    </message>
    <message>
        <source>REFI-QDA project, for QDA tools (.qdpx)</source>
        <translation>Проект REFI-QDA для программ QDA (.qdpx)</translation>
    </message>
    <message>
        <source>Archive sheet: every field, for your own copy (.csv)</source>
        <translation>Архивная таблица: все поля, для себя (.csv)</translation>
    </message>
    <message>
        <source>Columns (drag to reorder)</source>
        <translation>Столбцы (перетащите, чтобы изменить порядок)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export quotes</source>
        <translation>Экспорт цитат</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Preview of the first rows:</source>
        <translation>Первые строки:</translation>
    </message>
    <message>
        <source>Choose at least one column.</source>
        <translation>Выберите хотя бы один столбец.</translation>
    </message>
    <message>
        <source>A reader could link these quotes</source>
        <translation>Читатель сможет связать эти цитаты</translation>
    </message>
    <message>
        <source>This sheet holds quotes on the record and protected quotes of the same source: {names}. A reader could link the protected words to the name printed beside the others. Export only one kind, or go ahead if the editor may know.</source>
        <translation>В этой таблице есть цитаты под запись и защищённые цитаты одного и того же источника: {names}. Читатель сможет связать защищённые слова с именем, напечатанным рядом с другими. Экспортируйте только один вид или продолжайте, если редактору можно это знать.</translation>
    </message>
    <message>
        <source>Export anyway</source>
        <translation>Всё равно экспортировать</translation>
    </message>
    <message>
        <source>{done} of {total} quotes written…</source>
        <translation>Записано цитат: {done} из {total}…</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Экспорт отменён; файл не записан.</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Экспорт завершён</translation>
    </message>
    <message>
        <source>Exported 1 quote to {path}.</source>
        <translation>Экспортирована 1 цитата в {path}.</translation>
    </message>
    <message>
        <source>Exported {n} quotes to {path}.</source>
        <translation>Экспортировано цитат: {n}, файл {path}.</translation>
    </message>
    <message>
        <source>1 off-the-record quote was left out.</source>
        <translation>Цитат не для печати пропущено: 1.</translation>
    </message>
    <message>
        <source>{n} off-the-record quotes were left out.</source>
        <translation>Цитат не для печати пропущено: {n}.</translation>
    </message>
    <message numerus="yes">
        <source>{n} quote(s) could not be read and were left out (quote {ids}): the library is damaged there. Restore it from a backup (File → Restore from backup…).</source>
        <translation>
            <numerusform>Не удалось прочитать цитаты ({n}), они не выгружены (цитата {ids}): в этом месте библиотека повреждена. Восстановите её из резервной копии (Файл → Восстановить из копии…).</numerusform>
            <numerusform>Не удалось прочитать цитаты ({n}), они не выгружены (цитата {ids}): в этом месте библиотека повреждена. Восстановите её из резервной копии (Файл → Восстановить из копии…).</numerusform>
            <numerusform>Не удалось прочитать цитаты ({n}), они не выгружены (цитата {ids}): в этом месте библиотека повреждена. Восстановите её из резервной копии (Файл → Восстановить из копии…).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} background quote(s) are attributed to &quot;a source&quot; because their source has no &quot;described as&quot; text (quote {ids}); write one so the editor can describe them.</source>
        <translation>
            <numerusform>Цитаты без указания имени ({n}) приписаны «источнику», потому что у их источника нет описания (цитаты {ids}); добавьте его, чтобы редактор мог их описать.</numerusform>
            <numerusform>Цитаты без указания имени ({n}) приписаны «источнику», потому что у их источника нет описания (цитаты {ids}); добавьте его, чтобы редактор мог их описать.</numerusform>
            <numerusform>Цитаты без указания имени ({n}) приписаны «источнику», потому что у их источника нет описания (цитаты {ids}); добавьте его, чтобы редактор мог их описать.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
</context>
<context>
    <name>FileCommands</name>
    <message numerus="yes">
        <source>Imported %n quote(s) from the article.</source>
        <translation>
            <numerusform>Импортирована %n цитата из статьи.</numerusform>
            <numerusform>Импортированы %n цитаты из статьи.</numerusform>
            <numerusform>Импортировано %n цитат из статьи.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backing up the library and checking the copy…</source>
        <translation>Резервное копирование библиотеки и проверка копии…</translation>
    </message>
    <message numerus="yes">
        <source>Backed up {quotes} quote(s) to {path}</source>
        <translation>
            <numerusform>Сохранено цитат: {quotes}, копия {path}</numerusform>
            <numerusform>Сохранено цитат: {quotes}, копия {path}</numerusform>
            <numerusform>Сохранено цитат: {quotes}, копия {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>No backup made</source>
        <translation>Резервная копия не сделана</translation>
    </message>
    <message>
        <source>The library could not be backed up: {reason}</source>
        <translation>Не удалось сделать резервную копию библиотеки: {reason}</translation>
    </message>
</context>
<context>
    <name>GroundRule</name>
    <message>
        <source>On the record</source>
        <translation>Под запись</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Без указания имени</translation>
    </message>
    <message>
        <source>Deep background</source>
        <translation>Без ссылки на источник</translation>
    </message>
    <message>
        <source>Off the record</source>
        <translation>Не для печати</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import quotes</source>
        <translation>Импорт цитат</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Файл не выбран</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Выбрать файл…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Определить</translation>
    </message>
    <message>
        <source>Skip rows that cannot be imported</source>
        <translation>Пропускать строки, которые нельзя импортировать</translation>
    </message>
    <message>
        <source>Off: one bad row stops the import and nothing is written.</source>
        <translation>Если выключено, одна плохая строка останавливает импорт и ничего не записывается.</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Кодировка:</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>Разделитель:</translation>
    </message>
    <message>
        <source>New sources are filed as:</source>
        <translation>Новые источники записываются как:</translation>
    </message>
    <message>
        <source>New sources are filed as</source>
        <translation>Новые источники записываются как</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Без указания имени</translation>
    </message>
    <message>
        <source>Deep background</source>
        <translation>Без ссылки на источник</translation>
    </message>
    <message>
        <source>Off the record</source>
        <translation>Не для печати</translation>
    </message>
    <message>
        <source>On the record</source>
        <translation>Под запись</translation>
    </message>
    <message>
        <source>Sources the import creates get this ground rule, and so do their quotes that have none in the sheet. Known sources keep theirs.</source>
        <translation>Источники, которые создаст импорт, получают эти условия, как и их цитаты без условий в таблице. Известные источники сохраняют свои.</translation>
    </message>
    <message>
        <source>Columns of the sheet → Quotebook</source>
        <translation>Столбцы таблицы → Quotebook</translation>
    </message>
    <message>
        <source>First rows of the sheet</source>
        <translation>Первые строки таблицы</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Choose a file, check the columns, then try a dry run.</source>
        <translation>Выберите файл, проверьте столбцы, затем сделайте пробный прогон.</translation>
    </message>
    <message>
        <source>Rejected rows:</source>
        <translation>Отклонённые строки:</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Пробный прогон</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(без имени)</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(пропустить)</translation>
    </message>
    <message>
        <source>A column named like a field is always imported.</source>
        <translation>Столбец с именем поля импортируется всегда.</translation>
    </message>
    <message>
        <source>Stopping the import: nothing is imported…</source>
        <translation>Импорт останавливается: ничего не будет импортировано…</translation>
    </message>
    <message>
        <source>Line {line}: {reason}</source>
        <translation>Строка {line}: {reason}</translation>
    </message>
    <message>
        <source>This file cannot be read: {reason}</source>
        <translation>Этот файл нельзя прочитать: {reason}</translation>
    </message>
    <message>
        <source>This file is not UTF-8. It is read below as {encoding}; choose another encoding if the text looks wrong.</source>
        <translation>Этот файл не в UTF-8. Ниже он прочитан как {encoding}; выберите другую кодировку, если текст выглядит неправильно.</translation>
    </message>
</context>
<context>
    <name>IndexRebuild</name>
    <message>
        <source>Search index</source>
        <translation>Поисковый индекс</translation>
    </message>
    <message>
        <source>Rebuilding the search index: {percent}% (searches find part of it)</source>
        <translation>Перестройка поискового индекса: {percent}% (поиск пока находит не всё)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{library} — Quotebook</source>
        <translation>{library} — Quotebook</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Основная панель</translation>
    </message>
    <message>
        <source>Quotes cannot be read</source>
        <translation>Цитаты нельзя прочитать</translation>
    </message>
    <message>
        <source>&amp;Merge sources…</source>
        <translation>Объ&amp;единить источники…</translation>
    </message>
    <message>
        <source>{shown} quotes</source>
        <translation>Цитат: {shown}</translation>
    </message>
    <message>
        <source>{shown} of {all} quotes in the trash</source>
        <translation>Цитат в корзине: {shown} из {all}</translation>
    </message>
    <message>
        <source>{shown} of {all} quotes</source>
        <translation>Цитат: {shown} из {all}</translation>
    </message>
    <message>
        <source>&amp;Undo {label}</source>
        <translation>&amp;Отменить: {label}</translation>
    </message>
    <message>
        <source>&amp;Redo {label}</source>
        <translation>&amp;Повторить: {label}</translation>
    </message>
    <message>
        <source>Undoing {label}…</source>
        <translation>Отмена: {label}…</translation>
    </message>
    <message>
        <source>Undone: {label}</source>
        <translation>Отменено: {label}</translation>
    </message>
    <message>
        <source>Redoing {label}…</source>
        <translation>Повтор: {label}…</translation>
    </message>
    <message>
        <source>Redone: {label}</source>
        <translation>Повторено: {label}</translation>
    </message>
</context>
<context>
    <name>MergeSourcesDialog</name>
    <message>
        <source>Merge sources</source>
        <translation>Объединить источники</translation>
    </message>
    <message>
        <source>Source to keep</source>
        <translation>Какой источник оставить</translation>
    </message>
    <message>
        <source>Source merged into it</source>
        <translation>Какой источник влить в него</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Объединить</translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation>&amp;Оставить:</translation>
    </message>
    <message>
        <source>&amp;Merge into it:</source>
        <translation>&amp;Влить в него:</translation>
    </message>
    <message>
        <source>Pick two different sources.</source>
        <translation>Выберите два разных источника.</translation>
    </message>
    <message>
        <source>{quotes} of “{other}” will move to “{keep}”, and “{other}” will be removed.</source>
        <translation>Цитаты «{other}» ({quotes}) перейдут к «{keep}», а «{other}» будет удалён.</translation>
    </message>
    <message>
        <source>Default ground rule: {rule}.</source>
        <translation>Условия по умолчанию: {rule}.</translation>
    </message>
    <message>
        <source>Filled from “{other}”: {fields}.</source>
        <translation>Заполнено из «{other}»: {fields}.</translation>
    </message>
    <message>
        <source>{quotes} will become {rule}, as the stricter rule wins.</source>
        <translation>Цитаты ({quotes}) получат условия «{rule}»: побеждает более строгое.</translation>
    </message>
    <message>
        <source>You can undo this.</source>
        <translation>Это можно отменить.</translation>
    </message>
</context>
<context>
    <name>MergeTagsDialog</name>
    <message>
        <source>Merge tags</source>
        <translation>Объединить теги</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Объединить</translation>
    </message>
    <message>
        <source>Merge {names} into:</source>
        <translation>Объединить {names} с:</translation>
    </message>
    <message>
        <source>There is no other tag to merge into.</source>
        <translation>Нет другого тега для объединения.</translation>
    </message>
    <message>
        <source>{quotes} move to “{target}”; {names} will be deleted.</source>
        <translation>{quotes} перейдут к «{target}»; {names} будут удалены.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>CSV sheets (*.csv);;Text files (*.txt *.tsv);;All files (*)</source>
        <translation>Таблицы CSV (*.csv);;Текстовые файлы (*.txt *.tsv);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Книги Excel (*.xlsx);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Word documents (*.docx);;All files (*)</source>
        <translation>Документы Word (*.docx);;Все файлы (*)</translation>
    </message>
    <message>
        <source>REFI-QDA projects (*.qdpx);;All files (*)</source>
        <translation>Проекты REFI-QDA (*.qdpx);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Export quotes</source>
        <translation>Экспорт цитат</translation>
    </message>
    <message>
        <source>Import quotes</source>
        <translation>Импорт цитат</translation>
    </message>
    <message>
        <source>Tag colour</source>
        <translation>Цвет тега</translation>
    </message>
</context>
<context>
    <name>MoreOpenWarning</name>
    <message>
        <source>&amp;Review them</source>
        <translation>&amp;Проверить их</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <source>Export &amp;anyway</source>
        <translation>&amp;Всё равно выгрузить</translation>
    </message>
    <message>
        <source>Export anyway</source>
        <translation>Всё равно выгрузить</translation>
    </message>
    <message>
        <source>1 quote is more open than its source&apos;s ground rule.</source>
        <translation>Одна цитата открытее, чем условия её источника.</translation>
    </message>
    <message>
        <source>{n} quotes are more open than their sources&apos; ground rule.</source>
        <translation>Цитат, открытее условий их источников: {n}.</translation>
    </message>
</context>
<context>
    <name>NamesakesPanel</name>
    <message>
        <source>Already in the library — the same person?</source>
        <translation>Уже есть в библиотеке — это тот же человек?</translation>
    </message>
    <message>
        <source>Use “{name}” ({details})</source>
        <translation>Взять «{name}» ({details})</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>All quotes</source>
        <translation>Все цитаты</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Корзина</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Сохранённые поиски</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Статьи</translation>
    </message>
</context>
<context>
    <name>NavigatorView</name>
    <message>
        <source>Navigator</source>
        <translation>Навигатор</translation>
    </message>
</context>
<context>
    <name>NewRecordDialog</name>
    <message>
        <source>Create</source>
        <translation>Создать</translation>
    </message>
    <message>
        <source>Discard what you typed in this form?</source>
        <translation>Отбросить то, что введено в эту форму?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Отбросить</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>&amp;Protect with a passphrase</source>
        <translation>&amp;Защитить парольной фразой</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Текущая парольная фраза</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Новая парольная фраза</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Новая парольная фраза ещё раз</translation>
    </message>
    <message>
        <source>Keep the passphrase somewhere safe: if it is lost, nobody (not even Quotebook&apos;s makers) can open the library or its backups again.</source>
        <translation>Храните парольную фразу в надёжном месте: если она потеряна, никто (даже создатели Quotebook) больше не откроет ни библиотеку, ни её резервные копии.</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>&amp;Создать</translation>
    </message>
    <message>
        <source>&amp;Encrypt</source>
        <translation>&amp;Зашифровать</translation>
    </message>
    <message>
        <source>C&amp;hange passphrase</source>
        <translation>С&amp;менить парольную фразу</translation>
    </message>
    <message>
        <source>&amp;Remove encryption</source>
        <translation>Сн&amp;ять шифрование</translation>
    </message>
    <message>
        <source>New library</source>
        <translation>Новая библиотека</translation>
    </message>
    <message>
        <source>A library protected with a passphrase cannot be read without it: not from a lost laptop, a backup disk or a synchronised folder.</source>
        <translation>Библиотеку, защищённую парольной фразой, без неё не прочесть: ни с потерянного ноутбука, ни с диска резервных копий, ни из синхронизируемой папки.</translation>
    </message>
    <message>
        <source>Encrypt library</source>
        <translation>Шифрование библиотеки</translation>
    </message>
    <message>
        <source>Encrypt {name} and its backups with a passphrase. Without the passphrase nobody can read them: not from a lost laptop, a backup disk or a synchronised folder.</source>
        <translation>Зашифровать {name} и резервные копии парольной фразой. Без неё их никто не прочтёт: ни с потерянного ноутбука, ни с диска резервных копий, ни из синхронизируемой папки.</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Смена парольной фразы</translation>
    </message>
    <message>
        <source>Encrypt {name} and its backups with a new passphrase.</source>
        <translation>Зашифровать {name} и резервные копии новой парольной фразой.</translation>
    </message>
    <message>
        <source>Remove encryption</source>
        <translation>Снятие шифрования</translation>
    </message>
    <message>
        <source>Store {name} and its backups unencrypted: anyone who can read the files can then read every source, real name and quote in them.</source>
        <translation>Хранить {name} и резервные копии без шифрования: тогда любой, кто может читать эти файлы, прочтёт в них всех источников, настоящие имена и цитаты.</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase:</source>
        <translation>&amp;Текущая парольная фраза:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Новая парольная фраза:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Ещё раз:</translation>
    </message>
    <message>
        <source>Type the current passphrase.</source>
        <translation>Введите текущую парольную фразу.</translation>
    </message>
    <message>
        <source>Type a new passphrase.</source>
        <translation>Введите новую парольную фразу.</translation>
    </message>
    <message>
        <source>The two new passphrases differ: type the same one twice.</source>
        <translation>Две новые парольные фразы не совпадают: введите одну и ту же дважды.</translation>
    </message>
    <message>
        <source>The new passphrase is the current one.</source>
        <translation>Новая парольная фраза совпадает с текущей.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>The language changes when Quotebook next starts.</source>
        <translation>Язык сменится при следующем запуске Quotebook.</translation>
    </message>
    <message>
        <source>An encrypted library locks after this long without use, and asks for its passphrase again.</source>
        <translation>Зашифрованная библиотека блокируется, если ею не пользуются столько времени, и снова спрашивает парольную фразу.</translation>
    </message>
    <message>
        <source>&amp;Lock after:</source>
        <translation>&amp;Блокировать через:</translation>
    </message>
    <message>
        <source>Lock after:</source>
        <translation>Блокировать через:</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} мин</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Никогда</translation>
    </message>
</context>
<context>
    <name>QuoteCommands</name>
    <message>
        <source>Not copied</source>
        <translation>Не скопировано</translation>
    </message>
    <message numerus="yes">
        <source>Copied {n} quote(s) with attribution.</source>
        <translation>
            <numerusform>Скопировано цитат с атрибуцией: {n}.</numerusform>
            <numerusform>Скопировано цитат с атрибуцией: {n}.</numerusform>
            <numerusform>Скопировано цитат с атрибуцией: {n}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Off the record</source>
        <translation>Не для печати</translation>
    </message>
    <message numerus="yes">
        <source>{n} of the selected quote(s) were given off the record and may not be used, so they were not copied.</source>
        <translation>
            <numerusform>Выбранных цитат не для печати: {n}; их нельзя использовать, поэтому они не скопированы.</numerusform>
            <numerusform>Выбранных цитат не для печати: {n}; их нельзя использовать, поэтому они не скопированы.</numerusform>
            <numerusform>Выбранных цитат не для печати: {n}; их нельзя использовать, поэтому они не скопированы.</numerusform>
        </translation>
    </message>
    <message>
        <source>A reader could link these quotes</source>
        <translation>Читатель сможет связать эти цитаты</translation>
    </message>
    <message>
        <source>You copied quotes on the record and protected quotes of the same source: {names}. Printed together, a reader could link the protected words to the name.</source>
        <translation>Вы скопировали цитаты под запись и защищённые цитаты одного и того же источника: {names}. Если напечатать их вместе, читатель сможет связать защищённые слова с именем.</translation>
    </message>
    <message numerus="yes">
        <source>Moved {n} quote(s) to the trash. Undo puts them back.</source>
        <translation>
            <numerusform>Перемещено в корзину цитат: {n}. «Отменить» вернёт их.</numerusform>
            <numerusform>Перемещено в корзину цитат: {n}. «Отменить» вернёт их.</numerusform>
            <numerusform>Перемещено в корзину цитат: {n}. «Отменить» вернёт их.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moving {n} quote(s) to the trash…</source>
        <translation>
            <numerusform>Перемещение в корзину цитат: {n}…</numerusform>
            <numerusform>Перемещение в корзину цитат: {n}…</numerusform>
            <numerusform>Перемещение в корзину цитат: {n}…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored {n} quote(s) from the trash.</source>
        <translation>
            <numerusform>Возвращено из корзины цитат: {n}.</numerusform>
            <numerusform>Возвращено из корзины цитат: {n}.</numerusform>
            <numerusform>Возвращено из корзины цитат: {n}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restoring {n} quote(s)…</source>
        <translation>
            <numerusform>Возвращение из корзины цитат: {n}…</numerusform>
            <numerusform>Возвращение из корзины цитат: {n}…</numerusform>
            <numerusform>Возвращение из корзины цитат: {n}…</numerusform>
        </translation>
    </message>
    <message>
        <source>Empty the trash?</source>
        <translation>Очистить корзину?</translation>
    </message>
    <message numerus="yes">
        <source>Delete the {n} quote(s) in the trash for good? This is the one change that cannot be undone; the rest of your history stays.</source>
        <translation>
            <numerusform>Удалить навсегда цитаты в корзине ({n})? Это единственное изменение, которое нельзя отменить; остальная история сохранится.</numerusform>
            <numerusform>Удалить навсегда цитаты в корзине ({n})? Это единственное изменение, которое нельзя отменить; остальная история сохранится.</numerusform>
            <numerusform>Удалить навсегда цитаты в корзине ({n})? Это единственное изменение, которое нельзя отменить; остальная история сохранится.</numerusform>
        </translation>
    </message>
    <message>
        <source>Empty trash</source>
        <translation>Очистить корзину</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>Корзина пуста.</translation>
    </message>
    <message numerus="yes">
        <source>Tagged {n} quote(s) “{tag}”.</source>
        <translation>
            <numerusform>Тег «{tag}» добавлен к цитатам: {n}.</numerusform>
            <numerusform>Тег «{tag}» добавлен к цитатам: {n}.</numerusform>
            <numerusform>Тег «{tag}» добавлен к цитатам: {n}.</numerusform>
        </translation>
    </message>
    <message>
        <source>The selected quotes have no tags.</source>
        <translation>У выбранных цитат нет тегов.</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>Снять тег</translation>
    </message>
    <message numerus="yes">
        <source>Take this tag off the {n} selected quote(s):</source>
        <translation>
            <numerusform>Снять этот тег с выбранных цитат ({n}):</numerusform>
            <numerusform>Снять этот тег с выбранных цитат ({n}):</numerusform>
            <numerusform>Снять этот тег с выбранных цитат ({n}):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed “{tag}” from {n} quote(s).</source>
        <translation>
            <numerusform>Тег «{tag}» снят с цитат: {n}.</numerusform>
            <numerusform>Тег «{tag}» снят с цитат: {n}.</numerusform>
            <numerusform>Тег «{tag}» снят с цитат: {n}.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;h3&gt;Quotebook {version}&lt;/h3&gt;&lt;p&gt;A reporter&apos;s library of sources, quotes, tags and articles.&lt;/p&gt;&lt;p&gt;Library: {path}&lt;/p&gt;&lt;p&gt;Qt {qt}, PySide6 {pyside}, Python {python}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Quotebook {version}&lt;/h3&gt;&lt;p&gt;Библиотека журналиста: источники, цитаты, теги и статьи.&lt;/p&gt;&lt;p&gt;Библиотека: {path}&lt;/p&gt;&lt;p&gt;Qt {qt}, PySide6 {pyside}, Python {python}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Quotebook</source>
        <translation>О программе Quotebook</translation>
    </message>
</context>
<context>
    <name>QuoteEditor</name>
    <message>
        <source>New quote: type the words; it is saved as you type.</source>
        <translation>Новая цитата: введите слова; она сохраняется по мере ввода.</translation>
    </message>
    <message>
        <source>New quote: choose who said it, then type the words.</source>
        <translation>Новая цитата: выберите, кто это сказал, затем введите слова.</translation>
    </message>
    <message>
        <source>Select a quote to edit it, or press Ctrl+N for a new one.</source>
        <translation>Выберите цитату, чтобы изменить её, или нажмите Ctrl+N для новой.</translation>
    </message>
    <message>
        <source>Quote #{id}, added {added}. Changes are saved as you make them.</source>
        <translation>Цитата №{id}, добавлена {added}. Изменения сохраняются сразу.</translation>
    </message>
    <message>
        <source>Quote #{id} is in the trash. Restore it to file it again.</source>
        <translation>Цитата №{id} в корзине. Верните её, чтобы снова работать с ней.</translation>
    </message>
    <message>
        <source>A quote needs its words; the empty text was not saved.</source>
        <translation>У цитаты должны быть слова; пустой текст не сохранён.</translation>
    </message>
    <message>
        <source>Choose who said it (Source) and the quote is saved.</source>
        <translation>Выберите, кто это сказал (Источник), и цитата сохранится.</translation>
    </message>
</context>
<context>
    <name>QuoteForm</name>
    <message>
        <source>Quote text</source>
        <translation>Текст цитаты</translation>
    </message>
    <message>
        <source>The words, exactly as they were said</source>
        <translation>Слова — точно так, как они были сказаны</translation>
    </message>
    <message>
        <source>New source…</source>
        <translation>Новый источник…</translation>
    </message>
    <message>
        <source>New article…</source>
        <translation>Новая статья…</translation>
    </message>
    <message>
        <source>(no article)</source>
        <translation>(без статьи)</translation>
    </message>
    <message>
        <source>Ground rule</source>
        <translation>Условие</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Said on</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>e.g. ru, uk, en</source>
        <translation>например, ru, uk, en</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Контекст</translation>
    </message>
    <message>
        <source>The question asked, or where it was said</source>
        <translation>Заданный вопрос или где это было сказано</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Перевод</translation>
    </message>
    <message>
        <source>Original text</source>
        <translation>Оригинал</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Статья</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Источник:</translation>
    </message>
    <message>
        <source>&amp;Article:</source>
        <translation>Стать&amp;я:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Те&amp;ги:</translation>
    </message>
    <message>
        <source>Ground &amp;rule:</source>
        <translation>&amp;Условие:</translation>
    </message>
    <message>
        <source>Sai&amp;d on:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Ст&amp;атус:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Я&amp;зык:</translation>
    </message>
    <message>
        <source>&amp;Context:</source>
        <translation>&amp;Контекст:</translation>
    </message>
    <message>
        <source>Translat&amp;ion:</source>
        <translation>Пер&amp;евод:</translation>
    </message>
    <message>
        <source>&amp;Original:</source>
        <translation>Оригина&amp;л:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>За&amp;метки:</translation>
    </message>
</context>
<context>
    <name>QuoteList</name>
    <message>
        <source>Quotes</source>
        <translation>Цитаты</translation>
    </message>
    <message>
        <source>Quotes in the trash. Restore them, or empty the trash to delete them for good.</source>
        <translation>Цитаты в корзине. Верните их или очистите корзину, чтобы удалить их навсегда.</translation>
    </message>
    <message>
        <source>Restore selected</source>
        <translation>Вернуть выбранные</translation>
    </message>
    <message>
        <source>Empty trash…</source>
        <translation>Очистить корзину…</translation>
    </message>
</context>
<context>
    <name>QuoteStatus</name>
    <message>
        <source>Unverified</source>
        <translation>Не проверено</translation>
    </message>
    <message>
        <source>Verified with the source</source>
        <translation>Проверено у источника</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Оспаривается</translation>
    </message>
</context>
<context>
    <name>QuoteTableModel</name>
    <message>
        <source>Quote</source>
        <translation>Цитата</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Статья</translation>
    </message>
    <message>
        <source>Said on</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Ground rule</source>
        <translation>Условие</translation>
    </message>
    <message>
        <source>{rule}: more open than the source&apos;s ground rule ({default}). Check it before exporting.</source>
        <translation>{rule}: открытее, чем условия источника ({default}). Проверьте перед выгрузкой.</translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <source>New…</source>
        <translation>Новый…</translation>
    </message>
</context>
<context>
    <name>RecordsView</name>
    <message>
        <source>Show quotes</source>
        <translation>Показать цитаты</translation>
    </message>
</context>
<context>
    <name>RenameTagDialog</name>
    <message>
        <source>Rename tag</source>
        <translation>Переименовать тег</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Переименовать</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Новое имя:</translation>
    </message>
    <message>
        <source>Rename “{name}” ({count}).</source>
        <translation>Переименовать «{name}» ({count}).</translation>
    </message>
    <message>
        <source>Name: {reason}.</source>
        <translation>Имя: {reason}.</translation>
    </message>
    <message>
        <source>A tag named “{name}” already exists. Merge “{old}” into it instead?</source>
        <translation>Тег «{name}» уже есть. Объединить с ним «{old}»?</translation>
    </message>
    <message>
        <source>Merge into “{name}”</source>
        <translation>Объединить с «{name}»</translation>
    </message>
</context>
<context>
    <name>ReviewDetail</name>
    <message>
        <source>Why the speaker is unsure</source>
        <translation>Почему говорящий под сомнением</translation>
    </message>
    <message>
        <source>&amp;Quote:</source>
        <translation>&amp;Цитата:</translation>
    </message>
    <message>
        <source>Spea&amp;ker:</source>
        <translation>&amp;Говорящий:</translation>
    </message>
    <message>
        <source>A&amp;ge:</source>
        <translation>Во&amp;зраст:</translation>
    </message>
    <message>
        <source>Ro&amp;le:</source>
        <translation>Дол&amp;жность:</translation>
    </message>
    <message>
        <source>Organ&amp;isation:</source>
        <translation>Органи&amp;зация:</translation>
    </message>
    <message>
        <source>&amp;Described as:</source>
        <translation>&amp;Описание:</translation>
    </message>
    <message>
        <source>Fil&amp;e under:</source>
        <translation>Ис&amp;точник:</translation>
    </message>
    <message>
        <source>New source</source>
        <translation>Новый источник</translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <source>Quote</source>
        <translation>Цитата</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Говорящий</translation>
    </message>
    <message>
        <source>File under</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(никто)</translation>
    </message>
    <message>
        <source>No speaker found: choose who said it.</source>
        <translation>Говорящий не найден: укажите, кто это сказал.</translation>
    </message>
    <message>
        <source>The speaker is not named, only described.</source>
        <translation>Говорящий не назван, только описан.</translation>
    </message>
    <message>
        <source>Speaker guessed from “%1”: check that it means %2.</source>
        <translation>Говорящий угадан по слову «%1»: проверьте, что это %2.</translation>
    </message>
    <message>
        <source>No attribution: taken to be %1, who spoke just before.</source>
        <translation>Говорящий не указан: вероятно, это %1 — тот, кто говорил перед этим.</translation>
    </message>
    <message>
        <source>No attribution and nobody spoke just before: taken to be %1, named last.</source>
        <translation>Говорящий не указан, и перед этим никто не говорил: вероятно, это %1 — названный последним.</translation>
    </message>
    <message>
        <source>“%1” is one word the article never introduced: check that it is a person, not a company or a body.</source>
        <translation>«%1» — одно слово, которое статья нигде не представила: проверьте, что это человек, а не компания или ведомство.</translation>
    </message>
    <message>
        <source>Another name is printed right after “%1”: check that the speaker was read whole.</source>
        <translation>Сразу после «%1» напечатано другое имя: проверьте, что говорящий прочитан целиком.</translation>
    </message>
    <message>
        <source>A phrase inside the writer&apos;s own sentence.</source>
        <translation>Фраза внутри предложения автора.</translation>
    </message>
    <message>
        <source>The closing quotation mark is missing: check where it ends.</source>
        <translation>Нет закрывающей кавычки: проверьте, где кончается цитата.</translation>
    </message>
    <message>
        <source>Unsure speaker (confidence %1).</source>
        <translation>Говорящий под сомнением (уверенность %1).</translation>
    </message>
    <message>
        <source>Already in the library (#%1)</source>
        <translation>Уже в библиотеке (№%1)</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>Новый: %1</translation>
    </message>
    <message>
        <source>(choose a source)</source>
        <translation>(выберите источник)</translation>
    </message>
</context>
<context>
    <name>ReviewTable</name>
    <message>
        <source>Quotes found</source>
        <translation>Найденные цитаты</translation>
    </message>
</context>
<context>
    <name>RuleConsequence</name>
    <message>
        <source>Prints as</source>
        <translation>Подпись в печати</translation>
    </message>
    <message>
        <source>Ground rule note</source>
        <translation>Пояснение к условиям</translation>
    </message>
</context>
<context>
    <name>ScrubOffer</name>
    <message numerus="yes">
        <source>The trash is empty; {n} backup(s) still hold what it held.</source>
        <translation>
            <numerusform>Корзина пуста; в резервных копиях ({n}) ещё хранится то, что в ней было.</numerusform>
            <numerusform>Корзина пуста; в резервных копиях ({n}) ещё хранится то, что в ней было.</numerusform>
            <numerusform>Корзина пуста; в резервных копиях ({n}) ещё хранится то, что в ней было.</numerusform>
        </translation>
    </message>
    <message>
        <source>Scrub the backups too?</source>
        <translation>Вычистить и резервные копии?</translation>
    </message>
    <message numerus="yes">
        <source>{n} backup(s) of this library still hold the quotes and sources you deleted. Scrub them from the backups too? Each backup is rewritten without them and checked. If you keep them, the deleted quotes can be restored from a backup, and anyone who gets the backups can read them.</source>
        <translation>
            <numerusform>В резервных копиях библиотеки ({n}) ещё хранятся удалённые цитаты и источники. Вычистить их и оттуда? Каждая копия будет переписана без них и проверена. Если оставить, удалённые цитаты можно будет восстановить из копии — и прочитать их сможет любой, к кому попадут копии.</numerusform>
            <numerusform>В резервных копиях библиотеки ({n}) ещё хранятся удалённые цитаты и источники. Вычистить их и оттуда? Каждая копия будет переписана без них и проверена. Если оставить, удалённые цитаты можно будет восстановить из копии — и прочитать их сможет любой, к кому попадут копии.</numerusform>
            <numerusform>В резервных копиях библиотеки ({n}) ещё хранятся удалённые цитаты и источники. Вычистить их и оттуда? Каждая копия будет переписана без них и проверена. Если оставить, удалённые цитаты можно будет восстановить из копии — и прочитать их сможет любой, к кому попадут копии.</numerusform>
        </translation>
    </message>
    <message>
        <source>Scrub backups</source>
        <translation>Вычистить копии</translation>
    </message>
    <message>
        <source>Scrubbing the backups…</source>
        <translation>Копии вычищаются…</translation>
    </message>
    <message numerus="yes">
        <source>Scrubbed the deleted quotes from {n} backup(s).</source>
        <translation>
            <numerusform>Удалённые цитаты вычищены из резервных копий: {n}.</numerusform>
            <numerusform>Удалённые цитаты вычищены из резервных копий: {n}.</numerusform>
            <numerusform>Удалённые цитаты вычищены из резервных копий: {n}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backups not scrubbed</source>
        <translation>Копии не вычищены</translation>
    </message>
    <message>
        <source>The backups could not all be scrubbed: {reason}</source>
        <translation>Не все копии удалось вычистить: {reason}</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Search quotes</source>
        <translation>Поиск цитат</translation>
    </message>
    <message>
        <source>Search: words, &quot;exact phrase&quot;, tag:visas, source:sasha, said&gt;=2024-01, -word</source>
        <translation>Поиск: слова, &quot;точная фраза&quot;, tag:визы, source:саша, said&gt;=2024-01, -слово</translation>
    </message>
    <message>
        <source>Free words match the start of words in the quote&apos;s text, translation,
original text, context and notes.
&quot;exact phrase&quot;  tag:name  source:name  org:name  outlet:name
article:headline  rule:on_record  status:verified
said:2024-03  said&gt;=2024-01-01  said&lt;2024-06
-word excludes; OR between terms matches either.
Escape clears; F1 or ? shows the whole syntax.</source>
        <translation>Слова ищутся по началу слов в тексте цитаты, переводе,
оригинале, контексте и заметках.
&quot;точная фраза&quot;  tag:имя  source:имя  org:имя  outlet:имя
article:заголовок  rule:on_record  status:verified
said:2024-03  said&gt;=2024-01-01  said&lt;2024-06
-слово исключает; OR между условиями — любое из них.
Escape очищает; F1 или ? показывает весь синтаксис.</translation>
    </message>
    <message>
        <source>Search problem</source>
        <translation>Ошибка поиска</translation>
    </message>
    <message>
        <source>Search syntax (F1)</source>
        <translation>Синтаксис поиска (F1)</translation>
    </message>
    <message>
        <source>Search syntax</source>
        <translation>Синтаксис поиска</translation>
    </message>
    <message>
        <source>Cannot search: {reason} (at character {position})</source>
        <translation>Не удаётся выполнить поиск: {reason} (символ {position})</translation>
    </message>
</context>
<context>
    <name>SearchHelp</name>
    <message>
        <source>Search syntax</source>
        <translation>Синтаксис поиска</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>That {kind} no longer exists.</source>
        <translation>Этого объекта ({kind}) больше нет.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <source>The library cannot be changed</source>
        <translation>Библиотеку нельзя изменить</translation>
    </message>
</context>
<context>
    <name>Sheets</name>
    <message numerus="yes">
        <source>Exported {n} quote(s) to {path}</source>
        <translation>
            <numerusform>Экспортировано цитат: {n}, файл {path}</numerusform>
            <numerusform>Экспортировано цитат: {n}, файл {path}</numerusform>
            <numerusform>Экспортировано цитат: {n}, файл {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} quote(s) more open than their sources&apos; ground rule: marked ⚠ in the table</source>
        <translation>
            <numerusform>Цитаты, открытее условий их источников ({n}): отмечены ⚠ в таблице</numerusform>
            <numerusform>Цитаты, открытее условий их источников ({n}): отмечены ⚠ в таблице</numerusform>
            <numerusform>Цитаты, открытее условий их источников ({n}): отмечены ⚠ в таблице</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SourceEditor</name>
    <message>
        <source>Name:</source>
        <translation>Имя:</translation>
    </message>
    <message>
        <source>as printed, e.g. Sasha</source>
        <translation>как в публикации, например Саша</translation>
    </message>
    <message>
        <source>Pseudonym (name changed)</source>
        <translation>Псевдоним (имя изменено)</translation>
    </message>
    <message>
        <source>Age:</source>
        <translation>Возраст:</translation>
    </message>
    <message>
        <source>years</source>
        <translation>лет</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Должность:</translation>
    </message>
    <message>
        <source>machine learning engineer</source>
        <translation>инженер по машинному обучению</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Организация:</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Место:</translation>
    </message>
    <message>
        <source>Described as:</source>
        <translation>Описание:</translation>
    </message>
    <message>
        <source>how to refer to them unnamed</source>
        <translation>как упоминать без имени</translation>
    </message>
    <message>
        <source>Ground rule:</source>
        <translation>Условие:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Заметки:</translation>
    </message>
    <message>
        <source>Protected: the real name and the contact stay in this library. They never leave it in an editor export.</source>
        <translation>Защищено: настоящее имя и контакт остаются в этой библиотеке. Они никогда не попадают в экспорт для редактора.</translation>
    </message>
    <message>
        <source>Protected: never leaves the library in an export</source>
        <translation>Защищено: никогда не попадает в экспорт</translation>
    </message>
    <message>
        <source>Real name:</source>
        <translation>Настоящее имя:</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Контакт:</translation>
    </message>
    <message>
        <source>phone, handle</source>
        <translation>телефон, ник</translation>
    </message>
</context>
<context>
    <name>SourceTableModel</name>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
</context>
<context>
    <name>SourcesView</name>
    <message>
        <source>Filter sources</source>
        <translation>Фильтр источников</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>Filter sources by name, role, organisation…</source>
        <translation>Фильтр источников по имени, должности, организации…</translation>
    </message>
    <message>
        <source>New source…</source>
        <translation>Новый источник…</translation>
    </message>
    <message>
        <source>1 source</source>
        <translation>Источников: 1</translation>
    </message>
    <message>
        <source>{n} sources</source>
        <translation>Источников: {n}</translation>
    </message>
    <message>
        <source>{shown} of {total} sources</source>
        <translation>Источников: {shown} из {total}</translation>
    </message>
</context>
<context>
    <name>TagActions</name>
    <message>
        <source>{quotes} will lose the tag “{name}”. The quotes themselves stay. You can undo this.</source>
        <translation>С {quotes} будет снят тег «{name}». Сами цитаты останутся. Это можно отменить.</translation>
    </message>
    <message>
        <source>Delete tag</source>
        <translation>Удалить тег</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Тег</translation>
    </message>
    <message>
        <source>That tag no longer exists.</source>
        <translation>Этого тега больше нет.</translation>
    </message>
</context>
<context>
    <name>TagEditor</name>
    <message>
        <source>Add a tag and press Enter</source>
        <translation>Введите тег и нажмите Enter</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Добавить тег</translation>
    </message>
    <message>
        <source>Enter adds the highlighted tag, or the only one that matches. Shift+Enter makes a new tag of exactly what you typed.</source>
        <translation>Enter добавляет выделенную метку или единственную подходящую. Shift+Enter создаёт новую метку ровно из того, что введено.</translation>
    </message>
    <message>
        <source>Remove the tag {name}</source>
        <translation>Снять тег {name}</translation>
    </message>
    <message>
        <source>Remove tag {name}</source>
        <translation>Снять тег {name}</translation>
    </message>
</context>
<context>
    <name>TypedBeforeLock</name>
    <message>
        <source>Unlocked: the dialogs open at the lock are back as they were.</source>
        <translation>Библиотека разблокирована: окна, открытые при блокировке, вернулись такими, какими были.</translation>
    </message>
    <message>
        <source>Closed at the lock, nothing typed in them: {titles}.</source>
        <translation>Закрыты при блокировке, в них ничего не было набрано: {titles}.</translation>
    </message>
    <message>
        <source>“{title}” was asked for by the quote then selected; select it again to file it under what you create.</source>
        <translation>Окно «{title}» было открыто для цитаты, выбранной тогда; выберите её снова, чтобы отнести её к тому, что вы создадите.</translation>
    </message>
    <message>
        <source>Typed before the lock</source>
        <translation>Набрано до блокировки</translation>
    </message>
    <message>
        <source>Quotebook locked while this was open: {titles}. It worked on what the window had selected then, so it cannot be opened again as it was. What you had typed in it is below: copy what you need and do it again.</source>
        <translation>Quotebook заблокировался, когда было открыто: {titles}. Это окно работало с тем, что было тогда выбрано в главном окне, поэтому открыть его снова таким же нельзя. Ниже — то, что вы в нём набрали: скопируйте нужное и повторите действие.</translation>
    </message>
    <message>
        <source>&amp;Copy all</source>
        <translation>&amp;Копировать всё</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock library</source>
        <translation>Разблокировка библиотеки</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <source>Re&amp;member on this computer</source>
        <translation>&amp;Запомнить на этом компьютере</translation>
    </message>
    <message>
        <source>Keep the passphrase in the system keychain, and unlock without asking</source>
        <translation>Хранить парольную фразу в системной связке ключей и открывать без вопроса</translation>
    </message>
    <message>
        <source>Still opening. After Quotebook did not close properly, or when the library is from an older version, the whole library is checked or upgraded first: a large one takes a minute or more.</source>
        <translation>Библиотека еще открывается. Если Quotebook в прошлый раз закрылся некорректно или библиотека создана старой версией, ее сначала целиком проверяют или обновляют: большая библиотека открывается минуту или дольше.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Разблокировать</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; was locked. Type its passphrase to go on.</source>
        <translation>Библиотека &lt;b&gt;{name}&lt;/b&gt; заблокирована. Введите её парольную фразу, чтобы продолжить.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; is protected with a passphrase.</source>
        <translation>Библиотека &lt;b&gt;{name}&lt;/b&gt; защищена парольной фразой.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Парольная фраза:</translation>
    </message>
    <message>
        <source>No system keychain is available, so the passphrase cannot be remembered.</source>
        <translation>Системная связка ключей недоступна, поэтому парольную фразу нельзя запомнить.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Разблокировка…</translation>
    </message>
    <message>
        <source>That passphrase does not unlock this library.</source>
        <translation>Эта парольная фраза не открывает библиотеку.</translation>
    </message>
</context>
<context>
    <name>Unlocking</name>
    <message>
        <source>The passphrase remembered on this computer no longer unlocks this library.</source>
        <translation>Парольная фраза, запомненная на этом компьютере, больше не открывает эту библиотеку.</translation>
    </message>
    <message>
        <source>The passphrase given does not unlock this library.</source>
        <translation>Указанная парольная фраза не открывает эту библиотеку.</translation>
    </message>
    <message>
        <source>The passphrase could not be remembered: {reason}</source>
        <translation>Парольную фразу не удалось запомнить: {reason}</translation>
    </message>
</context>
<context>
    <name>editor</name>
    <message>
        <source>New article</source>
        <translation>Новая статья</translation>
    </message>
    <message>
        <source>New source</source>
        <translation>Новый источник</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Open article</source>
        <translation>Открыть статью</translation>
    </message>
    <message>
        <source>Articles (*.txt *.md *.markdown *.html *.htm);;All files (*)</source>
        <translation>Статьи (*.txt *.md *.markdown *.html *.htm);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>session</name>
    <message>
        <source>The demo cannot be loaded</source>
        <translation>Не удаётся загрузить демо-библиотеку</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>No other libraries yet</source>
        <translation>Других библиотек пока нет</translation>
    </message>
</context>
</TS>
