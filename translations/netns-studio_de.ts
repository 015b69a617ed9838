<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
    <context>
        <name>Action</name>
        <message>
            <source>The action does not say which namespace (%1) it is about.</source>
            <translation>Die Aktion sagt nicht, um welchen Namespace (%1) es geht.</translation>
        </message>
        <message>
            <source>An interface index cannot be negative.</source>
            <translation>Ein Schnittstellenindex kann nicht negativ sein.</translation>
        </message>
        <message>
            <source>A route's destination must be 'default' or an address with a prefix length: %1</source>
            <translation>Das Ziel einer Route muss 'default' oder eine Adresse mit Präfixlänge sein: %1</translation>
        </message>
        <message>
            <source>The gateway %1 and the destination %2 are not of the same IP version.</source>
            <translation>Das Gateway %1 und das Ziel %2 haben nicht dieselbe IP-Version.</translation>
        </message>
        <message>
            <source>A route needs a gateway, an interface, or both.</source>
            <translation>Eine Route braucht ein Gateway, eine Schnittstelle oder beides.</translation>
        </message>
        <message>
            <source>An action needs a 'type', such as add-namespace.</source>
            <translation>Eine Aktion braucht einen 'type', zum Beispiel add-namespace.</translation>
        </message>
        <message>
            <source>'%1' is not an action this program knows.</source>
            <translation>'%1' ist keine Aktion, die dieses Programm kennt.</translation>
        </message>
        <message>
            <source>The action %1 takes no '%2'.</source>
            <translation>Die Aktion %1 hat kein '%2'.</translation>
        </message>
        <message>
            <source>'%1' of action %2 has the wrong type (%3, expected %4).</source>
            <translation>'%1' der Aktion %2 hat den falschen Typ (%3, erwartet: %4).</translation>
        </message>
        <message>
            <source>The two ends of a veth pair in one namespace need different names.</source>
            <translation>Die zwei Enden eines veth-Paars in einem Namespace brauchen verschiedene Namen.</translation>
        </message>
        <message>
            <source>A master given by index needs its name too.</source>
            <translation>Ein Master, der per Index angegeben ist, braucht auch seinen Namen.</translation>
        </message>
        <message>
            <source>Forwarding is set for 'inet' (IPv4) or 'inet6' (IPv6), not '%1'.</source>
            <translation>Weiterleitung gibt es für 'inet' (IPv4) oder 'inet6' (IPv6), nicht für '%1'.</translation>
        </message>
        <message>
            <source>Unknown action.</source>
            <translation>Unbekannte Aktion.</translation>
        </message>
        <message>
            <source>'%1' must be a whole number in range, not %2.</source>
            <translation>'%1' muss eine ganze Zahl im gültigen Bereich sein, nicht %2.</translation>
        </message>
        <message>
            <source>nftables cannot name the interface '%1': it contains %2.</source>
            <translation>nftables kann die Schnittstelle '%1' nicht benennen: Sie enthält %2.</translation>
        </message>
    </context>
    <context>
        <name>CliCommands</name>
        <message>
            <source>netns-studio: cannot reach the system bus: %1</source>
            <translation>netns-studio: Der Systembus ist nicht erreichbar: %1</translation>
        </message>
        <message>
            <source>netns-studio: there is no namespace '%1'.</source>
            <translation>netns-studio: Es gibt keinen Namespace '%1'.</translation>
        </message>
        <message>
            <source>netns-studio: in the way: %1</source>
            <translation>netns-studio: Im Weg: %1</translation>
        </message>
        <message>
            <source>netns-studio: nothing was changed.</source>
            <translation>netns-studio: Nichts wurde geändert.</translation>
        </message>
        <message>
            <source>Applying %1 steps as one batch...</source>
            <translation>%1 Schritte werden als ein Stapel angewendet...</translation>
        </message>
        <message>
            <source>  %1 of %2 steps done</source>
            <translation>  %1 von %2 Schritten erledigt</translation>
        </message>
        <message>
            <source>Nothing to do: everything in %1 is already there.</source>
            <translation>Nichts zu tun: Alles aus %1 ist schon da.</translation>
        </message>
        <message>
            <source>Applied %1: %2 steps.</source>
            <translation>%1 angewendet: %2 Schritte.</translation>
        </message>
        <message>
            <source>Nothing to do: nothing of %1 is on this host.</source>
            <translation>Nichts zu tun: Nichts aus %1 ist auf diesem Host.</translation>
        </message>
        <message>
            <source>Destroyed %1: %2 steps.</source>
            <translation>%1 entfernt: %2 Schritte.</translation>
        </message>
        <message>
            <source>The lab %1 as ip commands (netns-studio --export-script), for a host that does not have it yet.</source>
            <translation>Das Labor %1 als ip-Befehle (netns-studio --export-script), für einen Host, der es noch nicht hat.</translation>
        </message>
        <message>
            <source>netns-studio: left out: %1</source>
            <translation>netns-studio: ausgelassen: %1</translation>
        </message>
        <message>
            <source>netns-studio: cannot save: %1</source>
            <translation>netns-studio: Speichern nicht möglich: %1</translation>
        </message>
        <message>
            <source>Saved %1 namespaces to %2.</source>
            <translation>%1 Namespaces in %2 gespeichert.</translation>
        </message>
        <message>
            <source>netns-studio: the input is not a JSON list of actions: %1</source>
            <translation>netns-studio: Die Eingabe ist keine JSON-Liste von Aktionen: %1</translation>
        </message>
        <message>
            <source>netns-studio: action %1: %2</source>
            <translation>netns-studio: Aktion %1: %2</translation>
        </message>
        <message>
            <source>netns-studio: the helper stopped.</source>
            <translation>netns-studio: Der Hilfsdienst wurde beendet.</translation>
        </message>
        <message>
            <source>There:</source>
            <translation>Hin:</translation>
        </message>
        <message>
            <source>Back:</source>
            <translation>Zurück:</translation>
        </message>
        <message>
            <source>Verdict: a ping from %1 to %2 gets its reply.</source>
            <translation>Ergebnis: Ein Ping von %1 an %2 bekommt seine Antwort.</translation>
        </message>
        <message>
            <source>Verdict: a ping from %1 to %2 fails (%3).</source>
            <translation>Ergebnis: Ein Ping von %1 an %2 scheitert (%3).</translation>
        </message>
        <message>
            <source>PING %1 from %2</source>
            <translation>PING %1 von %2</translation>
        </message>
        <message>
            <source>reply seq=%1 time=%2 ms</source>
            <translation>Antwort seq=%1 Zeit=%2 ms</translation>
        </message>
        <message>
            <source>%1 seq=%2 %3</source>
            <translation>%1 seq=%2 %3</translation>
        </message>
        <message>
            <source>%1 sent, %2 received</source>
            <translation>%1 gesendet, %2 empfangen</translation>
        </message>
    </context>
    <context>
        <name>Diagram</name>
        <message>
            <source>host</source>
            <translation>Host</translation>
        </message>
        <message>
            <source>named</source>
            <translation>benannt</translation>
        </message>
        <message>
            <source>process</source>
            <translation>Prozess</translation>
        </message>
        <message>
            <source>container</source>
            <translation>Container</translation>
        </message>
        <message>
            <source>id %1</source>
            <translation>ID %1</translation>
        </message>
        <message>
            <source>held by pid %1</source>
            <translation>gehalten von PID %1</translation>
        </message>
        <message>
            <source>no interfaces shown</source>
            <translation>keine Schnittstellen angezeigt</translation>
        </message>
        <message>
            <source>up</source>
            <translation>aktiv</translation>
        </message>
        <message>
            <source>down</source>
            <translation>inaktiv</translation>
        </message>
        <message>
            <source>state %1</source>
            <translation>Zustand %1</translation>
        </message>
        <message>
            <source>MTU %1</source>
            <translation>MTU %1</translation>
        </message>
        <message>
            <source>port of %1</source>
            <translation>Port von %1</translation>
        </message>
        <message>
            <source>NAT: IPv4 traffic leaving %1 is masqueraded (its source becomes this interface's address)</source>
            <translation>NAT: IPv4-Verkehr, der %1 verlässt, wird maskiert (seine Quelle wird die Adresse dieser Schnittstelle)</translation>
        </message>
        <message>
            <source>NAT</source>
            <translation>NAT</translation>
        </message>
        <message>
            <source>no carrier</source>
            <translation>kein Träger</translation>
        </message>
        <message>
            <source>veth pair %1 — %2</source>
            <translation>veth-Paar %1 — %2</translation>
        </message>
    </context>
    <context>
        <name>Errno</name>
        <message>
            <source>Operation not permitted</source>
            <translation>Operation nicht erlaubt</translation>
        </message>
        <message>
            <source>No such file or directory</source>
            <translation>Datei oder Verzeichnis nicht gefunden</translation>
        </message>
        <message>
            <source>Cannot allocate memory</source>
            <translation>Speicher kann nicht zugewiesen werden</translation>
        </message>
        <message>
            <source>Permission denied</source>
            <translation>Zugriff verweigert</translation>
        </message>
        <message>
            <source>Device or resource busy</source>
            <translation>Gerät oder Ressource belegt</translation>
        </message>
        <message>
            <source>File exists</source>
            <translation>Datei existiert bereits</translation>
        </message>
        <message>
            <source>No such device</source>
            <translation>Gerät nicht gefunden</translation>
        </message>
        <message>
            <source>Invalid argument</source>
            <translation>Ungültiges Argument</translation>
        </message>
        <message>
            <source>No space left on device</source>
            <translation>Auf dem Gerät ist kein Speicherplatz mehr verfügbar</translation>
        </message>
        <message>
            <source>Numerical result out of range</source>
            <translation>Numerisches Ergebnis ist außerhalb des gültigen Bereiches</translation>
        </message>
        <message>
            <source>Operation not supported</source>
            <translation>Die Operation wird nicht unterstützt</translation>
        </message>
        <message>
            <source>Address family not supported by protocol</source>
            <translation>Die Adressfamilie wird von der Protokollfamilie nicht unterstützt</translation>
        </message>
        <message>
            <source>Address already in use</source>
            <translation>Die Adresse wird bereits verwendet</translation>
        </message>
        <message>
            <source>Cannot assign requested address</source>
            <translation>Die angeforderte Adresse kann nicht zugewiesen werden</translation>
        </message>
        <message>
            <source>Network is unreachable</source>
            <translation>Das Netzwerk ist nicht erreichbar</translation>
        </message>
        <message>
            <source>No buffer space available</source>
            <translation>Es ist kein Pufferspeicher verfügbar</translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <source>Network namespaces</source>
            <translation>Netzwerk-Namespaces</translation>
        </message>
        <message>
            <source>Drawn by Netns Studio</source>
            <translation>Gezeichnet von Netns Studio</translation>
        </message>
        <message>
            <source>Cannot write %1.</source>
            <translation>%1 kann nicht geschrieben werden.</translation>
        </message>
        <message>
            <source>Cannot export to '%1': the name must end in .svg or .png.</source>
            <translation>Export nach '%1' nicht möglich: Der Name muss auf .svg oder .png enden.</translation>
        </message>
    </context>
    <context>
        <name>Helper</name>
        <message>
            <source>There is no network namespace with id %1 (any more).</source>
            <translation>Es gibt (nicht mehr) einen Netzwerk-Namespace mit der ID %1.</translation>
        </message>
        <message>
            <source>There is no namespace named '%1'.</source>
            <translation>Es gibt keinen Namespace namens '%1'.</translation>
        </message>
        <message>
            <source>Cannot open a netlink socket in namespace %1.</source>
            <translation>Im Namespace %1 lässt sich kein Netlink-Socket öffnen.</translation>
        </message>
        <message>
            <source>There is no interface '%1' in %2.</source>
            <translation>Es gibt keine Schnittstelle '%1' in %2.</translation>
        </message>
        <message>
            <source>Interface %1 in %2 is now called '%3', not '%4'.</source>
            <translation>Schnittstelle %1 in %2 heißt jetzt '%3', nicht '%4'.</translation>
        </message>
        <message>
            <source>Namespace %1 has no name to delete: it lives as long as the processes that hold it.</source>
            <translation>Namespace %1 hat keinen Namen, der gelöscht werden könnte: Er lebt, solange die Prozesse leben, die ihn halten.</translation>
        </message>
        <message>
            <source>Out of memory.</source>
            <translation>Kein Speicher mehr frei.</translation>
        </message>
        <message>
            <source>Cannot create the veth pair %1/%2</source>
            <translation>Das veth-Paar %1/%2 kann nicht angelegt werden</translation>
        </message>
        <message>
            <source>Cannot change %1 in %2</source>
            <translation>%1 in %2 kann nicht geändert werden</translation>
        </message>
        <message>
            <source>Not a link action.</source>
            <translation>Keine Aktion an einer Schnittstelle.</translation>
        </message>
        <message>
            <source>Cannot move %1 to %2</source>
            <translation>%1 kann nicht nach %2 verschoben werden</translation>
        </message>
        <message>
            <source>Cannot move %1 back to %2</source>
            <translation>%1 kann nicht nach %2 zurückverschoben werden</translation>
        </message>
        <message>
            <source>Cannot find the namespace of the peer of %1 in %2, so deleting it could not be undone.</source>
            <translation>Der Namespace des Gegenstücks von %1 in %2 ist nicht zu finden, daher ließe sich das Löschen nicht rückgängig machen.</translation>
        </message>
        <message>
            <source>Cannot delete %1 in %2</source>
            <translation>%1 in %2 kann nicht gelöscht werden</translation>
        </message>
        <message>
            <source>Cannot add %1 to %2</source>
            <translation>%1 kann nicht zu %2 hinzugefügt werden</translation>
        </message>
        <message>
            <source>Cannot remove %1 from %2</source>
            <translation>%1 kann nicht von %2 entfernt werden</translation>
        </message>
        <message>
            <source>Cannot add the route %1 in %2</source>
            <translation>Die Route %1 in %2 kann nicht hinzugefügt werden</translation>
        </message>
        <message>
            <source>Cannot delete the route %1 in %2</source>
            <translation>Die Route %1 in %2 kann nicht gelöscht werden</translation>
        </message>
        <message>
            <source>Cannot create the bridge %1 in %2</source>
            <translation>Die Bridge %1 in %2 kann nicht angelegt werden</translation>
        </message>
        <message>
            <source>Cannot set forwarding in %1</source>
            <translation>Die Weiterleitung in %1 kann nicht gesetzt werden</translation>
        </message>
        <message>
            <source>Cannot read the nftables rules of %1.</source>
            <translation>Die nftables-Regeln von %1 können nicht gelesen werden.</translation>
        </message>
        <message>
            <source>Traffic leaving %1 in %2 is masqueraded already.</source>
            <translation>Verkehr, der %1 in %2 verlässt, wird schon maskiert (Masquerading).</translation>
        </message>
        <message>
            <source>Traffic leaving %1 in %2 is masqueraded by an nftables rule that Netns Studio did not write; change it with nft.</source>
            <translation>Verkehr, der %1 in %2 verlässt, wird von einer nftables-Regel maskiert, die Netns Studio nicht geschrieben hat; ändere sie mit nft.</translation>
        </message>
        <message>
            <source>Traffic leaving %1 in %2 is not masqueraded.</source>
            <translation>Verkehr, der %1 in %2 verlässt, wird nicht maskiert.</translation>
        </message>
        <message>
            <source>Cannot change masquerading of %1 in %2: %3</source>
            <translation>Das Masquerading von %1 in %2 kann nicht geändert werden: %3</translation>
        </message>
        <message>
            <source>Cannot enter namespace %1</source>
            <translation>Namespace %1 kann nicht betreten werden</translation>
        </message>
        <message>
            <source>Unknown action.</source>
            <translation>Unbekannte Aktion.</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>A locale is a language code with an optional country code, such as de or de_DE.</source>
            <translation>Eine Locale ist ein Sprachcode mit optionalem Ländercode, etwa de oder de_DE.</translation>
        </message>
        <message>
            <source>Too many subscribers already.</source>
            <translation>Es gibt schon zu viele Abonnenten.</translation>
        </message>
        <message>
            <source>The count must be from 1 to %1.</source>
            <translation>Die Anzahl muss zwischen 1 und %1 liegen.</translation>
        </message>
        <message>
            <source>The interval must be from %1 to %2 ms.</source>
            <translation>Der Abstand muss zwischen %1 und %2 ms liegen.</translation>
        </message>
        <message>
            <source>The timeout must be from %1 to %2 ms.</source>
            <translation>Die Wartezeit muss zwischen %1 und %2 ms liegen.</translation>
        </message>
        <message>
            <source>There is no network namespace with id %1.</source>
            <translation>Es gibt keinen Netzwerk-Namespace mit der ID %1.</translation>
        </message>
        <message>
            <source>%1 may not ask for %2.</source>
            <translation>%1 darf %2 nicht anfordern.</translation>
        </message>
        <message>
            <source>Step %1 of %2 (%3) failed: %4</source>
            <translation>Schritt %1 von %2 (%3) ist fehlgeschlagen: %4</translation>
        </message>
        <message>
            <source>%1 The steps before it were undone.</source>
            <translation>%1 Die Schritte davor wurden rückgängig gemacht.</translation>
        </message>
        <message>
            <source>%1 Undoing the steps before it did not fully work: %2</source>
            <translation>%1 Die Schritte davor ließen sich nicht ganz rückgängig machen: %2</translation>
        </message>
        <message>
            <source>Step %1 of %2: %3</source>
            <translation>Schritt %1 von %2: %3</translation>
        </message>
        <message>
            <source>The batch has no actions.</source>
            <translation>Der Stapel enthält keine Aktionen.</translation>
        </message>
        <message>
            <source>Cannot create %1</source>
            <translation>%1 kann nicht angelegt werden</translation>
        </message>
        <message>
            <source>Cannot share the mount %1</source>
            <translation>Der Mount %1 kann nicht geteilt (shared) werden</translation>
        </message>
        <message>
            <source>Cannot make %1 a mount point</source>
            <translation>%1 kann nicht zum Mountpunkt gemacht werden</translation>
        </message>
        <message>
            <source>A namespace named '%1' already exists.</source>
            <translation>Ein Namespace namens '%1' existiert bereits.</translation>
        </message>
        <message>
            <source>Cannot bind the namespace to %1</source>
            <translation>Der Namespace kann nicht an %1 gebunden werden</translation>
        </message>
        <message>
            <source>Cannot create a network namespace</source>
            <translation>Es kann kein Netzwerk-Namespace angelegt werden</translation>
        </message>
        <message>
            <source>The new namespace '%1' vanished at once.</source>
            <translation>Der neue Namespace '%1' ist sofort wieder verschwunden.</translation>
        </message>
        <message>
            <source>There is no named namespace '%1'.</source>
            <translation>Es gibt keinen benannten Namespace '%1'.</translation>
        </message>
        <message>
            <source>Cannot unmount %1</source>
            <translation>%1 kann nicht ausgehängt werden</translation>
        </message>
        <message>
            <source>Cannot remove %1</source>
            <translation>%1 kann nicht entfernt werden</translation>
        </message>
        <message>
            <source>Cannot enter the namespace: %1</source>
            <translation>Der Namespace kann nicht betreten werden: %1</translation>
        </message>
        <message>
            <source>Cannot open an ICMP socket: %1</source>
            <translation>Es lässt sich kein ICMP-Socket öffnen: %1</translation>
        </message>
        <message>
            <source>No reply within %1 ms.</source>
            <translation>Keine Antwort innerhalb von %1 ms.</translation>
        </message>
        <message>
            <source>This method has no polkit action, so nobody may call it.</source>
            <translation>Diese Methode hat keine polkit-Aktion, daher darf niemand sie aufrufen.</translation>
        </message>
        <message>
            <source>Could not check authorization for %1: %2</source>
            <translation>Die Berechtigung für %1 konnte nicht geprüft werden: %2</translation>
        </message>
        <message>
            <source>The caller left the bus before it was authorized.</source>
            <translation>Der Aufrufer hat den Bus verlassen, bevor er berechtigt wurde.</translation>
        </message>
        <message>
            <source>Authentication is required for %1, and no authentication agent answered.</source>
            <translation>Für %1 ist eine Authentifizierung nötig, und kein Authentifizierungsagent hat geantwortet.</translation>
        </message>
        <message>
            <source>Not authorized: polkit denies %1 to this caller.</source>
            <translation>Nicht berechtigt: polkit verweigert diesem Aufrufer %1.</translation>
        </message>
        <message>
            <source>Cannot read what this step would change</source>
            <translation>Es lässt sich nicht lesen, was dieser Schritt ändern würde</translation>
        </message>
        <message>
            <source>Interface %1 was not there before.</source>
            <translation>Schnittstelle %1 war vorher nicht da.</translation>
        </message>
        <message>
            <source>Cannot make %1 again</source>
            <translation>%1 kann nicht wieder angelegt werden</translation>
        </message>
        <message>
            <source>%1: its peer was not found.</source>
            <translation>%1: Sein Gegenstück wurde nicht gefunden.</translation>
        </message>
        <message>
            <source>%1: a %2 link cannot be re-created from what the kernel reports.</source>
            <translation>%1: Eine Schnittstelle vom Typ %2 lässt sich aus den Angaben des Kernels nicht wieder anlegen.</translation>
        </message>
        <message>
            <source>physical</source>
            <translation>physisch</translation>
        </message>
        <message>
            <source>Cannot read the links to put them back</source>
            <translation>Die Schnittstellen lassen sich nicht lesen, um sie wiederherzustellen</translation>
        </message>
        <message>
            <source>Cannot put %1 back as it was</source>
            <translation>%1 kann nicht wiederhergestellt werden</translation>
        </message>
        <message>
            <source>Cannot put back the address %1</source>
            <translation>Die Adresse %1 kann nicht wiederhergestellt werden</translation>
        </message>
        <message>
            <source>Cannot put back the route %1</source>
            <translation>Die Route %1 kann nicht wiederhergestellt werden</translation>
        </message>
    </context>
    <context>
        <name>Lab</name>
        <message>
            <source>The namespace '%1' is declared twice (first on line %2).</source>
            <translation>Der Namespace '%1' ist zweimal angegeben (zuerst in Zeile %2).</translation>
        </message>
        <message>
            <source>The namespace '%1' of interface '%2' is not declared under 'namespaces' (nor is it '%3', the host's own).</source>
            <translation>Der Namespace '%1' der Schnittstelle '%2' ist nicht unter 'namespaces' angegeben (und ist auch nicht '%3', der des Hosts).</translation>
        </message>
        <message>
            <source>'lo' is every namespace's own loopback; the lab sets it with 'loopback-up' instead.</source>
            <translation>'lo' ist das eigene Loopback jedes Namespaces; das Labor setzt es stattdessen mit 'loopback-up'.</translation>
        </message>
        <message>
            <source>The interface '%1' in namespace '%2' is declared twice (first on line %3).</source>
            <translation>Die Schnittstelle '%1' im Namespace '%2' ist zweimal angegeben (zuerst in Zeile %3).</translation>
        </message>
        <message>
            <source>Interface '%1' in '%2': %3</source>
            <translation>Schnittstelle '%1' in '%2': %3</translation>
        </message>
        <message>
            <source>Interface '%1' in '%2' lists the address %3 twice.</source>
            <translation>Schnittstelle '%1' in '%2' nennt die Adresse %3 zweimal.</translation>
        </message>
        <message>
            <source>The port '%1' of bridge '%2' is not a veth end that the lab puts in namespace '%3'.</source>
            <translation>Der Port '%1' der Bridge '%2' ist kein veth-Ende, das das Labor in den Namespace '%3' legt.</translation>
        </message>
        <message>
            <source>'%1' in namespace '%2' is made a bridge port twice (first on line %3).</source>
            <translation>'%1' im Namespace '%2' wird zweimal zum Bridge-Port gemacht (zuerst in Zeile %3).</translation>
        </message>
        <message>
            <source>A route's 'to' must be 'default' or a network such as 10.2.0.0/16: %1</source>
            <translation>Das 'to' einer Route muss 'default' oder ein Netz wie 10.2.0.0/16 sein: %1</translation>
        </message>
        <message>
            <source>The route to %1 names a host address with its prefix; the network is %2.</source>
            <translation>Die Route nach %1 nennt eine Host-Adresse mit ihrem Präfix; das Netz ist %2.</translation>
        </message>
        <message>
            <source>A route's 'via' must be an address: %1</source>
            <translation>Das 'via' einer Route muss eine Adresse sein: %1</translation>
        </message>
        <message>
            <source>The route to %1 goes via %2, which is not of the same IP version.</source>
            <translation>Die Route nach %1 führt über %2, das nicht dieselbe IP-Version hat.</translation>
        </message>
        <message>
            <source>The route to %1 needs 'via' (a gateway), 'dev' (an interface), or both.</source>
            <translation>Die Route nach %1 braucht 'via' (ein Gateway), 'dev' (eine Schnittstelle) oder beides.</translation>
        </message>
        <message>
            <source>The route to %1 in namespace '%2' uses interface '%3', which the lab does not put there.</source>
            <translation>Die Route nach %1 im Namespace '%2' nutzt die Schnittstelle '%3', die das Labor nicht dorthin legt.</translation>
        </message>
    </context>
    <context>
        <name>LabPlan</name>
        <message>
            <source>'%1' in namespace '%2' is a %3 link, but the lab wants a bridge there.</source>
            <translation>'%1' im Namespace '%2' ist ein Link vom Typ %3, aber das Labor will dort eine Bridge.</translation>
        </message>
        <message>
            <source>plain</source>
            <translation>einfach</translation>
        </message>
        <message>
            <source>'%1' in namespace '%2' exists, but it is not a veth paired with '%3' in '%4' as the lab wants.</source>
            <translation>'%1' im Namespace '%2' gibt es, aber es ist kein veth, gepaart mit '%3' in '%4', wie das Labor es will.</translation>
        </message>
        <message>
            <source>'%1' in namespace '%2' is a %3 link, which a lab cannot describe.</source>
            <translation>'%1' im Namespace '%2' ist ein Link vom Typ %3, den ein Labor nicht beschreiben kann.</translation>
        </message>
        <message>
            <source>The veth '%1' in namespace '%2' is left out: its other end is not in a namespace that can be seen.</source>
            <translation>Das veth '%1' im Namespace '%2' wird ausgelassen: Sein anderes Ende liegt in keinem sichtbaren Namespace.</translation>
        </message>
        <message>
            <source>The veth '%1' in namespace '%2' is left out: its other end is in %3, which is not saved.</source>
            <translation>Das veth '%1' im Namespace '%2' wird ausgelassen: Sein anderes Ende liegt in %3, das nicht gespeichert wird.</translation>
        </message>
        <message>
            <source>The route to %1 in namespace '%2' is left out: it goes through '%3', which is not saved.</source>
            <translation>Die Route nach %1 im Namespace '%2' wird ausgelassen: Sie führt über '%3', das nicht gespeichert wird.</translation>
        </message>
        <message>
            <source>The topology has no host namespace to put the lab's host links in.</source>
            <translation>Die Topologie hat keinen Host-Namespace für die Host-Links des Labors.</translation>
        </message>
        <message>
            <source>The topology has no host namespace.</source>
            <translation>Die Topologie hat keinen Host-Namespace.</translation>
        </message>
        <message>
            <source>There are no named namespaces to save.</source>
            <translation>Es gibt keine benannten Namespaces zum Speichern.</translation>
        </message>
        <message>
            <source>The host's own namespace is not saved as a whole; its veth ends and bridges come along with the namespaces they connect.</source>
            <translation>Der Namespace des Hosts wird nicht als Ganzes gespeichert; seine veth-Enden und Bridges kommen mit den Namespaces mit, die sie verbinden.</translation>
        </message>
        <message>
            <source>There is no namespace named '%1'.</source>
            <translation>Es gibt keinen Namespace namens '%1'.</translation>
        </message>
    </context>
    <context>
        <name>LabYaml</name>
        <message>
            <source>a lab: a mapping with 'namespaces' and 'links'</source>
            <translation>ein Labor: eine Zuordnung mit 'namespaces' und 'links'</translation>
        </message>
        <message>
            <source>the format version</source>
            <translation>die Formatversion</translation>
        </message>
        <message>
            <source>expected version %1; this program reads no other.</source>
            <translation>Version %1 erwartet; dieses Programm liest keine andere.</translation>
        </message>
        <message>
            <source>a title (text)</source>
            <translation>ein Titel (Text)</translation>
        </message>
        <message>
            <source>a list of namespaces</source>
            <translation>eine Liste von Namespaces</translation>
        </message>
        <message>
            <source>a list of links</source>
            <translation>eine Liste von Links</translation>
        </message>
        <message>
            <source>expected %1.</source>
            <translation>%1 erwartet.</translation>
        </message>
        <message>
            <source>unknown key '%1'; expected one of: %2.</source>
            <translation>unbekannter Schlüssel '%1'; erwartet wird einer von: %2.</translation>
        </message>
        <message>
            <source>the key '%1' is given twice.</source>
            <translation>der Schlüssel '%1' ist zweimal angegeben.</translation>
        </message>
        <message>
            <source>'%1' is missing: expected %2.</source>
            <translation>'%1' fehlt: erwartet wird %2.</translation>
        </message>
        <message>
            <source>expected %1: true or false.</source>
            <translation>%1 erwartet: true oder false.</translation>
        </message>
        <message>
            <source>expected %1, a whole number from %2 to %3.</source>
            <translation>%1 erwartet, eine ganze Zahl von %2 bis %3.</translation>
        </message>
        <message>
            <source>expected %1, a number.</source>
            <translation>%1 erwartet, eine Zahl.</translation>
        </message>
        <message>
            <source>a list of %1, such as [a, b]</source>
            <translation>eine Liste von %1, etwa [a, b]</translation>
        </message>
        <message>
            <source>a namespace: a mapping with at least 'name'</source>
            <translation>ein Namespace: eine Zuordnung mit mindestens 'name'</translation>
        </message>
        <message>
            <source>the namespace's name</source>
            <translation>der Name des Namespaces</translation>
        </message>
        <message>
            <source>whether lo is up</source>
            <translation>ob lo aktiv ist</translation>
        </message>
        <message>
            <source>forwarding: {ipv4: true, ipv6: false}</source>
            <translation>Weiterleitung: {ipv4: true, ipv6: false}</translation>
        </message>
        <message>
            <source>whether IPv4 is forwarded</source>
            <translation>ob IPv4 weitergeleitet wird</translation>
        </message>
        <message>
            <source>whether IPv6 is forwarded</source>
            <translation>ob IPv6 weitergeleitet wird</translation>
        </message>
        <message>
            <source>a position: {x: 100, y: 50}</source>
            <translation>eine Position: {x: 100, y: 50}</translation>
        </message>
        <message>
            <source>a position needs both 'x' and 'y'.</source>
            <translation>eine Position braucht sowohl 'x' als auch 'y'.</translation>
        </message>
        <message>
            <source>x</source>
            <translation>x</translation>
        </message>
        <message>
            <source>y</source>
            <translation>y</translation>
        </message>
        <message>
            <source>a list of routes</source>
            <translation>eine Liste von Routen</translation>
        </message>
        <message>
            <source>a route: a mapping with 'to' and 'via' or 'dev'</source>
            <translation>eine Route: eine Zuordnung mit 'to' und 'via' oder 'dev'</translation>
        </message>
        <message>
            <source>'default' or a network such as 10.2.0.0/16</source>
            <translation>'default' oder ein Netz wie 10.2.0.0/16</translation>
        </message>
        <message>
            <source>a gateway address</source>
            <translation>eine Gateway-Adresse</translation>
        </message>
        <message>
            <source>an interface name</source>
            <translation>ein Schnittstellenname</translation>
        </message>
        <message>
            <source>a metric</source>
            <translation>eine Metrik</translation>
        </message>
        <message>
            <source>the namespace it is in</source>
            <translation>der Namespace, in dem sie liegt</translation>
        </message>
        <message>
            <source>the interface's name</source>
            <translation>der Name der Schnittstelle</translation>
        </message>
        <message>
            <source>whether it is up</source>
            <translation>ob sie aktiv ist</translation>
        </message>
        <message>
            <source>an MTU</source>
            <translation>eine MTU</translation>
        </message>
        <message>
            <source>addresses with a prefix length</source>
            <translation>Adressen mit Präfixlänge</translation>
        </message>
        <message>
            <source>a link: a mapping with 'type: veth' or 'type: bridge'</source>
            <translation>ein Link: eine Zuordnung mit 'type: veth' oder 'type: bridge'</translation>
        </message>
        <message>
            <source>'type' is missing: expected veth or bridge.</source>
            <translation>'type' fehlt: erwartet wird veth oder bridge.</translation>
        </message>
        <message>
            <source>a link type, veth or bridge</source>
            <translation>ein Link-Typ, veth oder bridge</translation>
        </message>
        <message>
            <source>expected 'ends': a list of the veth pair's two ends.</source>
            <translation>'ends' erwartet: eine Liste der zwei Enden des veth-Paars.</translation>
        </message>
        <message>
            <source>a veth end: a mapping with 'namespace' and 'name'</source>
            <translation>ein veth-Ende: eine Zuordnung mit 'namespace' und 'name'</translation>
        </message>
        <message>
            <source>port names</source>
            <translation>Port-Namen</translation>
        </message>
        <message>
            <source>unknown link type '%1'; expected veth or bridge.</source>
            <translation>unbekannter Link-Typ '%1'; erwartet wird veth oder bridge.</translation>
        </message>
        <message>
            <source>expected one lab; this file holds %1 YAML documents.</source>
            <translation>ein Labor erwartet; diese Datei enthält %1 YAML-Dokumente.</translation>
        </message>
        <message>
            <source>expected a lab: the file is empty.</source>
            <translation>ein Labor erwartet: Die Datei ist leer.</translation>
        </message>
        <message>
            <source>this is not valid YAML: %1.</source>
            <translation>das ist kein gültiges YAML: %1.</translation>
        </message>
        <message>
            <source>cannot read the file: %1</source>
            <translation>die Datei kann nicht gelesen werden: %1</translation>
        </message>
        <message>
            <source>a lab file may have at most %1 MiB.</source>
            <translation>eine Labordatei darf höchstens %1 MiB groß sein.</translation>
        </message>
        <message>
            <source>whether IPv4 traffic leaving it is masqueraded</source>
            <translation>ob IPv4-Verkehr, der sie verlässt, maskiert wird (Masquerading)</translation>
        </message>
    </context>
    <context>
        <name>Lessons</name>
        <message>
            <source>1. A namespace of its own</source>
            <translation>1. Ein eigener Namespace</translation>
        </message>
        <message>
            <source>The classic first experiment: make a network namespace called blue, connect it to the host with a virtual cable, and see that it is a network of its own. At first, the host cannot reach it.</source>
            <translation>Das klassische erste Experiment: Lege einen Netzwerk-Namespace namens blue an, verbinde ihn über ein virtuelles Kabel mit dem Host und sieh, dass er ein eigenes Netz ist. Zuerst kann der Host ihn nicht erreichen.</translation>
        </message>
        <message>
            <source>Create a network namespace called blue. It starts with nothing in it but its own loopback interface, lo, switched off.</source>
            <translation>Lege einen Netzwerk-Namespace namens blue an. Anfangs enthält er nur seine eigene Loopback-Schnittstelle lo, ausgeschaltet.</translation>
        </message>
        <message>
            <source>Create a veth pair, veth0 and veth1, in the host: two interfaces joined like the ends of a cable. What goes in at one end comes out at the other.</source>
            <translation>Lege im Host ein veth-Paar an, veth0 und veth1: zwei Schnittstellen, verbunden wie die Enden eines Kabels. Was an einem Ende hineingeht, kommt am anderen heraus.</translation>
        </message>
        <message>
            <source>Move veth1 into blue. The cable now runs from the host into blue.</source>
            <translation>Verschiebe veth1 nach blue. Das Kabel führt jetzt vom Host nach blue.</translation>
        </message>
        <message>
            <source>Give veth1 the address 10.1.1.1/24.</source>
            <translation>Gib veth1 die Adresse 10.1.1.1/24.</translation>
        </message>
        <message>
            <source>Bring lo and veth1 in blue up. An interface that is down neither sends nor receives.</source>
            <translation>Aktiviere lo und veth1 in blue. Eine inaktive Schnittstelle sendet und empfängt nichts.</translation>
        </message>
        <message>
            <source>Ping 10.1.1.1 from inside blue. The address is blue's own, so this works.</source>
            <translation>Pinge 10.1.1.1 aus blue heraus. Die Adresse gehört blue selbst, also klappt das.</translation>
        </message>
        <message>
            <source>Now ping 10.1.1.1 from the host. This fails: blue is a network of its own and the host knows no way there. The reason is shown below.</source>
            <translation>Pinge jetzt 10.1.1.1 vom Host aus. Das scheitert: blue ist ein eigenes Netz, und der Host kennt keinen Weg dorthin. Der Grund steht unten.</translation>
        </message>
        <message>
            <source>Give the host's end of the cable, veth0, the address 10.1.1.2/24.</source>
            <translation>Gib dem Ende des Kabels im Host, veth0, die Adresse 10.1.1.2/24.</translation>
        </message>
        <message>
            <source>Bring veth0 up. With its address, this gives the host a route to 10.1.1.0/24 through veth0.</source>
            <translation>Aktiviere veth0. Mit seiner Adresse bekommt der Host so eine Route nach 10.1.1.0/24 über veth0.</translation>
        </message>
        <message>
            <source>Ping 10.1.1.1 from the host again: now it works.</source>
            <translation>Pinge 10.1.1.1 noch einmal vom Host aus: Jetzt klappt es.</translation>
        </message>
        <message>
            <source>And the other way: ping 10.1.1.2, the host's end, from inside blue.</source>
            <translation>Und andersherum: Pinge 10.1.1.2, das Ende im Host, aus blue heraus.</translation>
        </message>
        <message>
            <source>2. Two namespaces and a bridge</source>
            <translation>2. Zwei Namespaces und eine Bridge</translation>
        </message>
        <message>
            <source>A bridge is a virtual switch. Connect two namespaces, red and green, to a bridge in the host, and they can reach each other.</source>
            <translation>Eine Bridge ist ein virtueller Switch. Verbinde zwei Namespaces, red und green, mit einer Bridge im Host, dann erreichen sie einander.</translation>
        </message>
        <message>
            <source>Create two namespaces, red and green.</source>
            <translation>Lege zwei Namespaces an, red und green.</translation>
        </message>
        <message>
            <source>Create a veth pair for each: vred in the host with eth0 in red, and vgreen in the host with eth0 in green. Each namespace has an eth0 of its own: a name needs to be unique only inside its namespace.</source>
            <translation>Lege für jeden ein veth-Paar an: vred im Host mit eth0 in red, und vgreen im Host mit eth0 in green. Jeder Namespace hat sein eigenes eth0: Ein Name muss nur in seinem Namespace eindeutig sein.</translation>
        </message>
        <message>
            <source>Give red's eth0 the address 10.2.2.1/24 and green's eth0 10.2.2.2/24, and bring both up.</source>
            <translation>Gib eth0 in red die Adresse 10.2.2.1/24 und eth0 in green 10.2.2.2/24, und aktiviere beide.</translation>
        </message>
        <message>
            <source>Ping 10.2.2.2, green's address, from red. This fails: the host's ends, vred and vgreen, are down and joined to nothing. The reason is shown below.</source>
            <translation>Pinge 10.2.2.2, die Adresse von green, aus red. Das scheitert: Die Enden im Host, vred und vgreen, sind inaktiv und mit nichts verbunden. Der Grund steht unten.</translation>
        </message>
        <message>
            <source>Create a bridge, br0, in the host and bring it up.</source>
            <translation>Lege im Host eine Bridge br0 an und aktiviere sie.</translation>
        </message>
        <message>
            <source>Plug vred and vgreen into br0 and bring them up. The bridge now joins the two cables, as a switch would.</source>
            <translation>Stecke vred und vgreen in br0 und aktiviere sie. Die Bridge verbindet jetzt die beiden Kabel, wie ein Switch.</translation>
        </message>
        <message>
            <source>Ping 10.2.2.2 from red again: now it works.</source>
            <translation>Pinge 10.2.2.2 noch einmal aus red: Jetzt klappt es.</translation>
        </message>
        <message>
            <source>And the other way: ping 10.2.2.1 from green.</source>
            <translation>Und andersherum: Pinge 10.2.2.1 aus green.</translation>
        </message>
        <message>
            <source>3. Reaching the outside through forwarding and NAT</source>
            <translation>3. Nach draußen mit Weiterleitung und NAT</translation>
        </message>
        <message>
            <source>How a namespace reaches the network beyond its host. A namespace called outside stands in for the physical network; the host is the router between it and blue. Forwarding lets the host pass blue's packets on, and masquerading (NAT) lets the answers find their way back.</source>
            <translation>Wie ein Namespace das Netz jenseits seines Hosts erreicht. Ein Namespace namens outside steht für das physische Netz; der Host ist der Router zwischen ihm und blue. Weiterleitung lässt den Host die Pakete von blue weitergeben, und Masquerading (NAT) lässt die Antworten den Weg zurück finden.</translation>
        </message>
        <message>
            <source>Create two namespaces: outside, the stand-in for the physical network, and blue.</source>
            <translation>Lege zwei Namespaces an: outside, der für das physische Netz steht, und blue.</translation>
        </message>
        <message>
            <source>Connect both to the host: vout in the host with eth0 in outside, and vblue in the host with eth0 in blue.</source>
            <translation>Verbinde beide mit dem Host: vout im Host mit eth0 in outside, und vblue im Host mit eth0 in blue.</translation>
        </message>
        <message>
            <source>Address the outside link: 203.0.113.1/24 on outside's eth0 and 203.0.113.2/24 on vout, both up.</source>
            <translation>Adressiere die äußere Verbindung: 203.0.113.1/24 auf eth0 von outside und 203.0.113.2/24 auf vout, beide aktiv.</translation>
        </message>
        <message>
            <source>Address the inside link: 10.3.3.1/24 on blue's eth0 and 10.3.3.2/24 on vblue, both up. Then give blue a default route via the host, 10.3.3.2: everything blue does not know goes there.</source>
            <translation>Adressiere die innere Verbindung: 10.3.3.1/24 auf eth0 von blue und 10.3.3.2/24 auf vblue, beide aktiv. Gib blue dann eine Standardroute über den Host, 10.3.3.2: Alles, was blue nicht kennt, geht dorthin.</translation>
        </message>
        <message>
            <source>Turn on IPv4 forwarding in the host, so that it passes on packets that are not for itself.</source>
            <translation>Schalte im Host die IPv4-Weiterleitung ein, damit er Pakete weitergibt, die nicht für ihn selbst sind.</translation>
        </message>
        <message>
            <source>Ping 203.0.113.1 from blue. The host forwards the request, but this still fails: outside has no route back to blue's 10.3.3.1, so the reply goes nowhere. The reason is shown below.</source>
            <translation>Pinge 203.0.113.1 aus blue. Der Host leitet die Anfrage weiter, aber es klappt trotzdem nicht: outside hat keine Route zurück zu 10.3.3.1 von blue, also geht die Antwort ins Leere. Der Grund steht unten.</translation>
        </message>
        <message>
            <source>Turn on masquerading for what leaves the host by vout. The host then gives blue's packets its own address on vout, 203.0.113.2, which outside can answer, and turns the answers back.</source>
            <translation>Schalte Masquerading für das ein, was den Host über vout verlässt. Der Host gibt den Paketen von blue dann seine eigene Adresse auf vout, 203.0.113.2, auf die outside antworten kann, und leitet die Antworten zurück.</translation>
        </message>
        <message>
            <source>Ping 203.0.113.1 from blue again: now it works. Outside sees the ping come from 203.0.113.2.</source>
            <translation>Pinge 203.0.113.1 noch einmal aus blue: Jetzt klappt es. outside sieht den Ping von 203.0.113.2 kommen.</translation>
        </message>
    </context>
    <context>
        <name>Netlink</name>
        <message>
            <source>Unspecific failure</source>
            <translation>Unbestimmter Fehler</translation>
        </message>
        <message>
            <source>Out of memory</source>
            <translation>Kein Speicher mehr frei</translation>
        </message>
        <message>
            <source>Object exists</source>
            <translation>Objekt existiert bereits</translation>
        </message>
        <message>
            <source>Invalid input data or parameter</source>
            <translation>Ungültige Eingabedaten oder Parameter</translation>
        </message>
        <message>
            <source>Input data out of range</source>
            <translation>Eingabedaten außerhalb des gültigen Bereichs</translation>
        </message>
        <message>
            <source>Operation not supported</source>
            <translation>Die Operation wird nicht unterstützt</translation>
        </message>
        <message>
            <source>Address family not supported</source>
            <translation>Adressfamilie wird nicht unterstützt</translation>
        </message>
        <message>
            <source>Object not found</source>
            <translation>Objekt nicht gefunden</translation>
        </message>
        <message>
            <source>Invalid address for specified address family</source>
            <translation>Ungültige Adresse für die angegebene Adressfamilie</translation>
        </message>
        <message>
            <source>Object busy</source>
            <translation>Objekt belegt</translation>
        </message>
        <message>
            <source>No Access</source>
            <translation>Kein Zugriff</translation>
        </message>
        <message>
            <source>Operation not permitted</source>
            <translation>Operation nicht erlaubt</translation>
        </message>
        <message>
            <source>No such device</source>
            <translation>Gerät nicht gefunden</translation>
        </message>
    </context>
    <context>
        <name>NetnsStudio::CommandLog</name>
        <message>
            <source>… %1</source>
            <translation>… %1</translation>
        </message>
        <message>
            <source>✗ %1 — %2</source>
            <translation>✗ %1 — %2</translation>
        </message>
    </context>
    <context>
        <name>NetnsStudio::DiagramView</name>
        <message>
            <source>Diagram of network namespaces</source>
            <translation>Diagramm der Netzwerk-Namespaces</translation>
        </message>
        <message>
            <source>Drag a box's + handle to another box to make a veth pair; drag an interface onto another box to move it there; double-click empty space for a new namespace.</source>
            <translation>Ziehe den +-Griff eines Kastens auf einen anderen Kasten, um ein veth-Paar anzulegen; ziehe eine Schnittstelle auf einen anderen Kasten, um sie dorthin zu verschieben; doppelklicke auf eine leere Stelle für einen neuen Namespace.</translation>
        </message>
        <message>
            <source>Nothing selected. The inventory lists every namespace and interface.</source>
            <translation>Nichts ausgewählt. Der Bestand listet jeden Namespace und jede Schnittstelle auf.</translation>
        </message>
        <message>
            <source>Selected: %1</source>
            <translation>Ausgewählt: %1</translation>
        </message>
    </context>
    <context>
        <name>NetnsStudio::EditController</name>
        <message>
            <source>Not allowed, so nothing was changed: %1</source>
            <translation>Nicht erlaubt, daher wurde nichts geändert: %1</translation>
        </message>
        <message>
            <source>Nothing was changed: %1</source>
            <translation>Nichts wurde geändert: %1</translation>
        </message>
        <message>
            <source>The helper is not available, so nothing can be changed now.</source>
            <translation>Der Hilfsdienst ist nicht erreichbar, daher kann jetzt nichts geändert werden.</translation>
        </message>
        <message>
            <source>New namespace %1</source>
            <translation>Neuer Namespace %1</translation>
        </message>
        <message>
            <source>Delete namespace %1</source>
            <translation>Namespace %1 löschen</translation>
        </message>
        <message>
            <source>New veth pair %1/%2</source>
            <translation>Neues veth-Paar %1/%2</translation>
        </message>
        <message>
            <source>Move %1 to %2</source>
            <translation>%1 nach %2 verschieben</translation>
        </message>
        <message>
            <source>Rename %1 to %2</source>
            <translation>%1 in %2 umbenennen</translation>
        </message>
        <message>
            <source>Bring %1 up</source>
            <translation>%1 aktivieren</translation>
        </message>
        <message>
            <source>Take %1 down</source>
            <translation>%1 deaktivieren</translation>
        </message>
        <message>
            <source>Set the MTU of %1 to %2</source>
            <translation>MTU von %1 auf %2 setzen</translation>
        </message>
        <message>
            <source>Add %1 to %2</source>
            <translation>%1 zu %2 hinzufügen</translation>
        </message>
        <message>
            <source>Remove %1 from %2</source>
            <translation>%1 von %2 entfernen</translation>
        </message>
        <message>
            <source>Masquerade traffic leaving %1</source>
            <translation>Verkehr, der %1 verlässt, maskieren</translation>
        </message>
        <message>
            <source>Stop masquerading traffic leaving %1</source>
            <translation>Verkehr, der %1 verlässt, nicht mehr maskieren</translation>
        </message>
        <message>
            <source>Delete %1</source>
            <translation>%1 löschen</translation>
        </message>
    </context>
    <context>
        <name>NetnsStudio::InventoryModel</name>
        <message>
            <source>host namespace</source>
            <translation>Host-Namespace</translation>
        </message>
        <message>
            <source>named namespace</source>
            <translation>benannter Namespace</translation>
        </message>
        <message>
            <source>held by a process</source>
            <translation>von einem Prozess gehalten</translation>
        </message>
        <message>
            <source>container</source>
            <translation>Container</translation>
        </message>
        <message>
            <source>up</source>
            <translation>aktiv</translation>
        </message>
        <message>
            <source>down</source>
            <translation>inaktiv</translation>
        </message>
        <message>
            <source>state %1</source>
            <translation>Zustand %1</translation>
        </message>
        <message>
            <source>mtu %1</source>
            <translation>MTU %1</translation>
        </message>
        <message>
            <source>port of %1</source>
            <translation>Port von %1</translation>
        </message>
        <message>
            <source>#%1</source>
            <translation>#%1</translation>
        </message>
        <message>
            <source>peer %1 in %2</source>
            <translation>Gegenstück %1 in %2</translation>
        </message>
        <message>
            <source>peer %1 in a namespace not visible</source>
            <translation>Gegenstück %1 in einem nicht sichtbaren Namespace</translation>
        </message>
        <message>
            <source>via %1</source>
            <translation>über %1</translation>
        </message>
        <message>
            <source>dev %1</source>
            <translation>dev %1</translation>
        </message>
        <message>
            <source>scope %1</source>
            <translation>Bereich %1</translation>
        </message>
        <message>
            <source>proto %1</source>
            <translation>proto %1</translation>
        </message>
        <message>
            <source>metric %1</source>
            <translation>Metrik %1</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>%1, id %2</source>
            <translation>%1, ID %2</translation>
        </message>
        <message>
            <source>address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Routes</source>
            <translation>Routen</translation>
        </message>
        <message numerus="yes">
            <source>%n route(s)</source>
            <translation>
                <numerusform>%n Route</numerusform>
                <numerusform>%n Routen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NetnsStudio::LabFiles</name>
        <message>
            <source>Close Preview</source>
            <translation>Vorschau schließen</translation>
        </message>
        <message>
            <source>Make what the preview shows, as one step that Undo takes back</source>
            <translation>Anlegen, was die Vorschau zeigt, als ein Schritt, den Rückgängig zurücknimmt</translation>
        </message>
        <message>
            <source>Forget the preview; nothing is changed (Esc)</source>
            <translation>Vorschau verwerfen; nichts wird geändert (Esc)</translation>
        </message>
        <message>
            <source>&amp;Open Lab…</source>
            <translation>Lab ö&amp;ffnen…</translation>
        </message>
        <message>
            <source>Read a lab file and preview what applying it would add</source>
            <translation>Eine Lab-Datei lesen und in einer Vorschau zeigen, was ihr Anwenden hinzufügen würde</translation>
        </message>
        <message>
            <source>Recent &amp;Labs</source>
            <translation>&amp;Zuletzt geöffnete Labs</translation>
        </message>
        <message>
            <source>&amp;Save Selection as Lab…</source>
            <translation>Auswahl als Lab s&amp;peichern…</translation>
        </message>
        <message>
            <source>Write the selected namespaces (all named ones when none is selected) as a lab file</source>
            <translation>Die ausgewählten Namespaces (alle benannten, wenn keiner ausgewählt ist) als Lab-Datei schreiben</translation>
        </message>
        <message>
            <source>&amp;Tear Down Lab…</source>
            <translation>Lab &amp;abbauen…</translation>
        </message>
        <message>
            <source>Remove what a lab file describes from this host</source>
            <translation>Entfernen, was eine Lab-Datei beschreibt, von diesem Host</translation>
        </message>
        <message>
            <source>The lab %1 cannot be read, so nothing was changed:
%2</source>
            <translation>Das Lab %1 kann nicht gelesen werden, also wurde nichts geändert:
%2</translation>
        </message>
        <message>
            <source>The lab “%1” cannot be applied here: %2</source>
            <translation>Das Lab „%1“ kann hier nicht angewendet werden: %2</translation>
        </message>
        <message>
            <source>Lab “%1”: already there, nothing to apply.</source>
            <translation>Lab „%1“: schon vorhanden, nichts anzuwenden.</translation>
        </message>
        <message>
            <source>Preview of the lab “%1”: what is drawn dashed is not yet on the host.</source>
            <translation>Vorschau des Labs „%1“: Was gestrichelt gezeichnet ist, ist noch nicht auf dem Host.</translation>
        </message>
        <message numerus="yes">
            <source>Applying it makes %n namespace(s)</source>
            <translation>
                <numerusform>Das Anwenden legt %n Namespace an</numerusform>
                <numerusform>Das Anwenden legt %n Namespaces an</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>and %n interface(s)</source>
            <translation>
                <numerusform>und %n Schnittstelle</numerusform>
                <numerusform>und %n Schnittstellen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in %n step(s).</source>
            <translation>
                <numerusform>in %n Schritt.</numerusform>
                <numerusform>in %n Schritten.</numerusform>
            </translation>
        </message>
        <message>
            <source>The helper is not available, so the lab cannot be applied now.</source>
            <translation>Der Hilfsdienst ist nicht erreichbar, also kann das Lab jetzt nicht angewendet werden.</translation>
        </message>
        <message numerus="yes">
            <source>Applying the lab “%1”: %n step(s)…</source>
            <translation>
                <numerusform>Das Lab „%1“ wird angewendet: %n Schritt…</numerusform>
                <numerusform>Das Lab „%1“ wird angewendet: %n Schritte…</numerusform>
            </translation>
        </message>
        <message>
            <source>Apply lab %1</source>
            <translation>Lab %1 anwenden</translation>
        </message>
        <message>
            <source>The lab “%1” cannot be torn down here: %2</source>
            <translation>Das Lab „%1“ kann hier nicht abgebaut werden: %2</translation>
        </message>
        <message>
            <source>Nothing of the lab “%1” is on this host: nothing to tear down.</source>
            <translation>Nichts vom Lab „%1“ ist auf diesem Host: nichts abzubauen.</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more</source>
            <translation>
                <numerusform>… und %n weiterer</numerusform>
                <numerusform>… und %n weitere</numerusform>
            </translation>
        </message>
        <message>
            <source>Tear Down Lab</source>
            <translation>Lab abbauen</translation>
        </message>
        <message>
            <source>Tear down the lab “%1”? Its namespaces go with everything in them:

%2

Undo makes the lab again as the file describes it.</source>
            <translation>Das Lab „%1“ abbauen? Seine Namespaces verschwinden mit allem, was darin ist:

%2

Rückgängig legt das Lab wieder so an, wie die Datei es beschreibt.</translation>
        </message>
        <message>
            <source>Tear down lab %1</source>
            <translation>Lab %1 abbauen</translation>
        </message>
        <message>
            <source>Cannot save the lab: %1</source>
            <translation>Das Lab kann nicht gespeichert werden: %1</translation>
        </message>
        <message>
            <source>Cannot save %1: %2</source>
            <translation>%1 kann nicht gespeichert werden: %2</translation>
        </message>
        <message numerus="yes">
            <source>Saved %n namespace(s) as %1.</source>
            <translation>
                <numerusform>%n Namespace als %1 gespeichert.</numerusform>
                <numerusform>%n Namespaces als %1 gespeichert.</numerusform>
            </translation>
        </message>
        <message>
            <source>Left out, as a lab cannot say it:</source>
            <translation>Weggelassen, weil ein Lab es nicht ausdrücken kann:</translation>
        </message>
        <message>
            <source>Open Lab</source>
            <translation>Lab öffnen</translation>
        </message>
        <message>
            <source>Lab files (*.yaml *.yml);;All files (*)</source>
            <translation>Lab-Dateien (*.yaml *.yml);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Save Selection as Lab</source>
            <translation>Auswahl als Lab speichern</translation>
        </message>
        <message>
            <source>Lab files (*.yaml *.yml)</source>
            <translation>Lab-Dateien (*.yaml *.yml)</translation>
        </message>
        <message>
            <source>%1 is no longer there, so it was taken off Recent Labs.</source>
            <translation>%1 ist nicht mehr da und wurde aus den zuletzt geöffneten Labs entfernt.</translation>
        </message>
        <message>
            <source>No recent labs</source>
            <translation>Keine zuletzt geöffneten Labs</translation>
        </message>
        <message>
            <source>&amp;Clear the List</source>
            <translation>Liste &amp;leeren</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Anwenden</translation>
        </message>
    </context>
    <context>
        <name>NetnsStudio::LabPreview</name>
        <message>
            <source>Not yet on the host: applying the lab makes it.</source>
            <translation>Noch nicht auf dem Host: Das Anwenden des Labs legt es an.</translation>
        </message>
        <message>
            <source>not yet on the host</source>
            <translation>noch nicht auf dem Host</translation>
        </message>
        <message>
            <source>bridge</source>
            <translation>Bridge</translation>
        </message>
        <message>
            <source>bridge, %1</source>
            <translation>Bridge, %1</translation>
        </message>
        <message>
            <source>Added to %1</source>
            <translation>Zu %1 hinzugefügt</translation>
        </message>
        <message>
            <source>veth pair %1 – %2, not yet on the host</source>
            <translation>veth-Paar %1 – %2, noch nicht auf dem Host</translation>
        </message>
        <message>
            <source>%1 as a port of %2, not yet on the host</source>
            <translation>%1 als Port von %2, noch nicht auf dem Host</translation>
        </message>
    </context>
    <context>
        <name>NetnsStudio::LessonStepView</name>
        <message>
            <source>Copy</source>
            <translation>Kopieren</translation>
        </message>
        <message>
            <source>Ping</source>
            <translation>Ping</translation>
        </message>
        <message>
            <source>Do It</source>
            <translation>Ausführen</translation>
        </message>
        <message>
            <source>Commands of step %1</source>
            <translation>Befehle von Schritt %1</translation>
        </message>
        <message>
            <source>Copy the commands of step %1</source>
            <translation>Befehle von Schritt %1 kopieren</translation>
        </message>
        <message>
            <source>Copy the commands, to paste them into a terminal</source>
            <translation>Die Befehle kopieren, um sie in ein Terminal einzufügen</translation>
        </message>
        <message>
            <source>Ping for step %1</source>
            <translation>Ping für Schritt %1</translation>
        </message>
        <message>
            <source>Do step %1</source>
            <translation>Schritt %1 ausführen</translation>
        </message>
        <message>
            <source>Ping through the helper and see what comes back</source>
            <translation>Über den Hilfsdienst pingen und sehen, was zurückkommt</translation>
        </message>
        <message>
            <source>Make this change for me (it is logged and can be undone)</source>
            <translation>Diese Änderung für mich machen (sie wird protokolliert und kann rückgängig gemacht werden)</translation>
        </message>
        <message>
            <source>Step %1: done</source>
            <translation>Schritt %1: erledigt</translation>
        </message>
        <message>
            <source>Step %1: not done yet</source>
            <translation>Schritt %1: noch nicht erledigt</translation>
        </message>
        <message>
            <source>Step %1</source>
            <translation>Schritt %1</translation>
        </message>
        <message>
            <source>, done</source>
            <translation>, erledigt</translation>
        </message>
        <message>
            <source>, the next to do</source>
            <translation>, der nächste</translation>
        </message>
    </context>
    <context>
        <name>NetnsStudio::LessonsPanel</name>
        <message>
            <source>&amp;Reset Lesson…</source>
            <translation>Lektion &amp;zurücksetzen…</translation>
        </message>
        <message>
            <source>This is the playground, a private sandbox: nothing you do here touches this computer's network.</source>
            <translation>Dies ist der Spielplatz, eine private Sandbox: Nichts, was du hier tust, berührt das Netzwerk dieses Computers.</translation>
        </message>
        <message>
            <source>&amp;Lesson:</source>
            <translation>&amp;Lektion:</translation>
        </message>
        <message>
            <source>Lesson</source>
            <translation>Lektion</translation>
        </message>
        <message>
            <source>Do, or ping for, the highlighted step (%1)</source>
            <translation>Den hervorgehobenen Schritt ausführen oder dafür pingen (%1)</translation>
        </message>
        <message>
            <source>Do the next step</source>
            <translation>Nächsten Schritt ausführen</translation>
        </message>
        <message>
            <source>Remove everything this lesson made, to start it again</source>
            <translation>Alles entfernen, was diese Lektion angelegt hat, um sie neu zu beginnen</translation>
        </message>
        <message>
            <source>Reset lesson</source>
            <translation>Lektion zurücksetzen</translation>
        </message>
        <message>
            <source>All %1 steps done. Well done!</source>
            <translation>Alle %1 Schritte erledigt. Gut gemacht!</translation>
        </message>
        <message>
            <source>%1 of %2 steps done.</source>
            <translation>%1 von %2 Schritten erledigt.</translation>
        </message>
        <message>
            <source>Step %1 of lesson %2</source>
            <translation>Schritt %1 der Lektion %2</translation>
        </message>
        <message>
            <source>Another ping is still under way; try again when it is done.</source>
            <translation>Ein anderer Ping läuft noch; versuche es wieder, wenn er fertig ist.</translation>
        </message>
        <message>
            <source>There is no namespace %1 to ping from yet.</source>
            <translation>Es gibt noch keinen Namespace %1, aus dem gepingt werden kann.</translation>
        </message>
        <message>
            <source>Pinging %1 from %2…</source>
            <translation>Pinge %1 aus %2…</translation>
        </message>
        <message>
            <source>The ping could not start: %1</source>
            <translation>Der Ping konnte nicht starten: %1</translation>
        </message>
        <message>
            <source>%1 of %2 replies, in %3 ms on average.</source>
            <translation>%1 von %2 Antworten, im Mittel in %3 ms.</translation>
        </message>
        <message>
            <source>No reply to any of %1 pings.</source>
            <translation>Keine Antwort auf einen der %1 Pings.</translation>
        </message>
        <message>
            <source>It works.</source>
            <translation>Es klappt.</translation>
        </message>
        <message>
            <source>As expected.</source>
            <translation>Wie erwartet.</translation>
        </message>
        <message>
            <source>This step expects no reply.</source>
            <translation>Dieser Schritt erwartet keine Antwort.</translation>
        </message>
        <message>
            <source>This step expects replies.</source>
            <translation>Dieser Schritt erwartet Antworten.</translation>
        </message>
        <message>
            <source>Why: %1</source>
            <translation>Warum: %1</translation>
        </message>
        <message>
            <source>Do the steps above first, then ping again.</source>
            <translation>Erledige zuerst die Schritte darüber und pinge dann noch einmal.</translation>
        </message>
        <message>
            <source>Nothing this lesson makes is there, so there is nothing to remove.</source>
            <translation>Nichts, was diese Lektion anlegt, ist da, also gibt es nichts zu entfernen.</translation>
        </message>
        <message>
            <source>Reset Lesson</source>
            <translation>Lektion zurücksetzen</translation>
        </message>
        <message>
            <source>Remove what the lesson “%1” made, to start it again?</source>
            <translation>Entfernen, was die Lektion „%1“ angelegt hat, um sie neu zu beginnen?</translation>
        </message>
        <message>
            <source>These commands will run:</source>
            <translation>Diese Befehle werden ausgeführt:</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Entfernen</translation>
        </message>
        <message>
            <source>Do the Ne&amp;xt Step</source>
            <translation>Nächsten Schritt a&amp;usführen</translation>
        </message>
        <message>
            <source>Steps of the lesson</source>
            <translation>Schritte der Lektion</translation>
        </message>
        <message>
            <source>Another ping took the place of this one; ping again.</source>
            <translation>Ein anderer Ping hat diesen ersetzt; pinge noch einmal.</translation>
        </message>
    </context>
    <context>
        <name>NetnsStudio::MainWindow</name>
        <message>
            <source>Netns Studio — Playground (a private sandbox: nothing here touches this computer's network)</source>
            <translation>Netns Studio — Spielplatz (eine private Sandbox: Nichts hier berührt das Netzwerk dieses Computers)</translation>
        </message>
        <message>
            <source>Netns Studio</source>
            <translation>Netns Studio</translation>
        </message>
        <message>
            <source>The helper is back; the picture is live again.</source>
            <translation>Der Hilfsdienst ist zurück; das Bild ist wieder aktuell.</translation>
        </message>
        <message>
            <source>The helper stopped. The picture shows the last state read and cannot be changed; reconnecting…</source>
            <translation>Der Hilfsdienst wurde beendet. Das Bild zeigt den zuletzt gelesenen Stand und kann nicht geändert werden; verbinde neu…</translation>
        </message>
        <message>
            <source>Reading the namespaces of this host…</source>
            <translation>Lese die Namespaces dieses Hosts…</translation>
        </message>
        <message>
            <source>Inventory of namespaces</source>
            <translation>Bestand der Namespaces</translation>
        </message>
        <message>
            <source>Inventory</source>
            <translation>Bestand</translation>
        </message>
        <message>
            <source>Lessons</source>
            <translation>Lektionen</translation>
        </message>
        <message>
            <source>Properties</source>
            <translation>Eigenschaften</translation>
        </message>
        <message>
            <source>Command log</source>
            <translation>Befehlsprotokoll</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Kopieren</translation>
        </message>
        <message>
            <source>Copy the selected commands (all, when none is selected)</source>
            <translation>Die ausgewählten Befehle kopieren (alle, wenn keiner ausgewählt ist)</translation>
        </message>
        <message>
            <source>&amp;Save as Script…</source>
            <translation>Als &amp;Skript speichern…</translation>
        </message>
        <message>
            <source>Save the commands that were done as a bash script</source>
            <translation>Die ausgeführten Befehle als Bash-Skript speichern</translation>
        </message>
        <message>
            <source>Save Commands as Script</source>
            <translation>Befehle als Skript speichern</translation>
        </message>
        <message>
            <source>Shell scripts (*.sh)</source>
            <translation>Shell-Skripte (*.sh)</translation>
        </message>
        <message>
            <source>Cannot save %1: %2</source>
            <translation>%1 kann nicht gespeichert werden: %2</translation>
        </message>
        <message>
            <source>Command Log</source>
            <translation>Befehlsprotokoll</translation>
        </message>
        <message>
            <source>Tools</source>
            <translation>Werkzeuge</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>&amp;Export Diagram…</source>
            <translation>Diagramm &amp;exportieren…</translation>
        </message>
        <message>
            <source>Save the diagram as SVG or PNG</source>
            <translation>Das Diagramm als SVG oder PNG speichern</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>Close Netns Studio</source>
            <translation>Netns Studio schließen</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Bearbeiten</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Rückgängig</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Wiederholen</translation>
        </message>
        <message>
            <source>&amp;New Namespace…</source>
            <translation>&amp;Neuer Namespace…</translation>
        </message>
        <message>
            <source>Create a named network namespace</source>
            <translation>Einen benannten Netzwerk-Namespace anlegen</translation>
        </message>
        <message>
            <source>New &amp;Veth Pair…</source>
            <translation>Neues &amp;veth-Paar…</translation>
        </message>
        <message>
            <source>Create a veth pair (or drag a box's + handle to another box)</source>
            <translation>Ein veth-Paar anlegen (oder den +-Griff eines Kastens auf einen anderen ziehen)</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Löschen</translation>
        </message>
        <message>
            <source>Delete the selected namespace, interface or veth pair</source>
            <translation>Den ausgewählten Namespace, die Schnittstelle oder das veth-Paar löschen</translation>
        </message>
        <message>
            <source>Re&amp;name…</source>
            <translation>&amp;Umbenennen…</translation>
        </message>
        <message>
            <source>Rename the selected interface</source>
            <translation>Die ausgewählte Schnittstelle umbenennen</translation>
        </message>
        <message>
            <source>Add &amp;Address…</source>
            <translation>&amp;Adresse hinzufügen…</translation>
        </message>
        <message>
            <source>Give the selected interface an address</source>
            <translation>Der ausgewählten Schnittstelle eine Adresse geben</translation>
        </message>
        <message>
            <source>Bring &amp;Up or Down</source>
            <translation>&amp;Aktivieren oder deaktivieren</translation>
        </message>
        <message>
            <source>Switch the selected interface on or off</source>
            <translation>Die ausgewählte Schnittstelle ein- oder ausschalten</translation>
        </message>
        <message>
            <source>Set &amp;MTU…</source>
            <translation>&amp;MTU festlegen…</translation>
        </message>
        <message>
            <source>Set MTU</source>
            <translation>MTU festlegen</translation>
        </message>
        <message>
            <source>MTU of %1 (bytes):</source>
            <translation>MTU von %1 (Bytes):</translation>
        </message>
        <message>
            <source>Set the largest packet the selected interface sends</source>
            <translation>Das größte Paket festlegen, das die ausgewählte Schnittstelle sendet</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <source>Zoom &amp;In</source>
            <translation>Ver&amp;größern</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>Vergrößern</translation>
        </message>
        <message>
            <source>Zoom &amp;Out</source>
            <translation>Ver&amp;kleinern</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>Verkleinern</translation>
        </message>
        <message>
            <source>&amp;Actual Size</source>
            <translation>&amp;Originalgröße</translation>
        </message>
        <message>
            <source>Show the diagram at 100%</source>
            <translation>Das Diagramm in 100 % zeigen</translation>
        </message>
        <message>
            <source>&amp;Fit to Window</source>
            <translation>An &amp;Fenster anpassen</translation>
        </message>
        <message>
            <source>Show the whole diagram</source>
            <translation>Das ganze Diagramm zeigen</translation>
        </message>
        <message>
            <source>Re-&amp;layout</source>
            <translation>&amp;Neu anordnen</translation>
        </message>
        <message>
            <source>Place every box anew (forgets where you put them)</source>
            <translation>Jeden Kasten neu platzieren (vergisst, wo du sie hingelegt hast)</translation>
        </message>
        <message>
            <source>Show &amp;Loopback Interfaces</source>
            <translation>&amp;Loopback-Schnittstellen zeigen</translation>
        </message>
        <message>
            <source>Show the Host's &amp;Physical Interfaces</source>
            <translation>&amp;Physische Schnittstellen des Hosts zeigen</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>Neu &amp;einlesen</translation>
        </message>
        <message>
            <source>Read the namespaces of this host again</source>
            <translation>Die Namespaces dieses Hosts neu einlesen</translation>
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation>&amp;Suchen…</translation>
        </message>
        <message>
            <source>Find a namespace, interface or address</source>
            <translation>Einen Namespace, eine Schnittstelle oder Adresse suchen</translation>
        </message>
        <message>
            <source>&amp;Panels</source>
            <translation>&amp;Bereiche</translation>
        </message>
        <message>
            <source>&amp;Tools</source>
            <translation>&amp;Werkzeuge</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>&amp;About Netns Studio</source>
            <translation>Über &amp;Netns Studio</translation>
        </message>
        <message>
            <source>About Netns Studio</source>
            <translation>Über Netns Studio</translation>
        </message>
        <message>
            <source>Netns Studio %1

Shows the network namespaces of this computer as boxes and veth pairs as wires, and lets you change them. Every change is also shown as the ip command it amounts to.</source>
            <translation>Netns Studio %1

Zeigt die Netzwerk-Namespaces dieses Computers als Kästen und veth-Paare als Drähte und lässt dich sie ändern. Jede Änderung wird auch als der ip-Befehl gezeigt, dem sie entspricht.</translation>
        </message>
        <message>
            <source>Find namespace, interface, address</source>
            <translation>Suchen…</translation>
        </message>
        <message>
            <source>Find</source>
            <translation>Suchen</translation>
        </message>
        <message>
            <source>New Namespace</source>
            <translation>Neuer Namespace</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>A namespace named '%1' already exists.</source>
            <translation>Ein Namespace namens '%1' existiert schon.</translation>
        </message>
        <message>
            <source>New Veth Pair</source>
            <translation>Neues veth-Paar</translation>
        </message>
        <message>
            <source>End in %1:</source>
            <translation>Ende in %1:</translation>
        </message>
        <message>
            <source>Delete Interface</source>
            <translation>Schnittstelle löschen</translation>
        </message>
        <message>
            <source>%1 is not a virtual interface, and deleting it cannot be undone. Delete it?</source>
            <translation>%1 ist keine virtuelle Schnittstelle, und das Löschen kann nicht rückgängig gemacht werden. Löschen?</translation>
        </message>
        <message>
            <source>%1 has no name to delete: it lives as long as the processes that hold it.</source>
            <translation>%1 hat keinen Namen, der gelöscht werden könnte: Er besteht, solange die Prozesse leben, die ihn halten.</translation>
        </message>
        <message>
            <source>Delete Namespace</source>
            <translation>Namespace löschen</translation>
        </message>
        <message numerus="yes">
            <source>Namespace %1 still has %n interface(s). Deleting it deletes them too, and undo brings back only an empty namespace. Delete it?</source>
            <translation>
                <numerusform>Namespace %1 hat noch %n Schnittstelle. Löschen löscht sie mit, und Rückgängig bringt nur einen leeren Namespace zurück. Löschen?</numerusform>
                <numerusform>Namespace %1 hat noch %n Schnittstellen. Löschen löscht sie mit, und Rückgängig bringt nur einen leeren Namespace zurück. Löschen?</numerusform>
            </translation>
        </message>
        <message>
            <source>Export Diagram</source>
            <translation>Diagramm exportieren</translation>
        </message>
        <message>
            <source>SVG images (*.svg);;PNG images (*.png)</source>
            <translation>SVG-Bilder (*.svg);;PNG-Bilder (*.png)</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>%1 gespeichert</translation>
        </message>
        <message>
            <source>New Namespace…</source>
            <translation>Neuer Namespace…</translation>
        </message>
        <message>
            <source>Re-layout</source>
            <translation>Neu anordnen</translation>
        </message>
        <message>
            <source>Take Down</source>
            <translation>Deaktivieren</translation>
        </message>
        <message>
            <source>Bring Up</source>
            <translation>Aktivieren</translation>
        </message>
        <message>
            <source>Add Address…</source>
            <translation>Adresse hinzufügen…</translation>
        </message>
        <message>
            <source>Remove Address</source>
            <translation>Adresse entfernen</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>Umbenennen…</translation>
        </message>
        <message>
            <source>Masquerade outgoing traffic (NAT)</source>
            <translation>Ausgehenden Verkehr maskieren (NAT)</translation>
        </message>
        <message>
            <source>Move to</source>
            <translation>Verschieben nach</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <source>New Veth Pair Here…</source>
            <translation>Neues veth-Paar hier…</translation>
        </message>
        <message>
            <source>New Veth Pair to</source>
            <translation>Neues veth-Paar nach</translation>
        </message>
        <message>
            <source>Found in %1</source>
            <translation>Gefunden in %1</translation>
        </message>
        <message>
            <source>Nothing matches '%1'.</source>
            <translation>Nichts passt zu '%1'.</translation>
        </message>
        <message>
            <source>You are not allowed to read the network namespaces of this host: %1</source>
            <translation>Du darfst die Netzwerk-Namespaces dieses Hosts nicht lesen: %1</translation>
        </message>
        <message>
            <source>The Netns Studio helper is not installed on this host, so nothing can be shown. (%1)</source>
            <translation>Der Hilfsdienst von Netns Studio ist auf diesem Host nicht installiert, daher kann nichts gezeigt werden. (%1)</translation>
        </message>
        <message>
            <source>The helper could not read the namespaces: %1</source>
            <translation>Der Hilfsdienst konnte die Namespaces nicht lesen: %1</translation>
        </message>
        <message>
            <source>Reading failed.</source>
            <translation>Lesen fehlgeschlagen.</translation>
        </message>
        <message numerus="yes">
            <source>%n namespace(s)</source>
            <translation>
                <numerusform>%n Namespace</numerusform>
                <numerusform>%n Namespaces</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n interface(s)</source>
            <translation>
                <numerusform>%n Schnittstelle</numerusform>
                <numerusform>%n Schnittstellen</numerusform>
            </translation>
        </message>
        <message>
            <source>read at %1</source>
            <translation>gelesen um %1</translation>
        </message>
    </context>
    <context>
        <name>NetnsStudio::MessageBar</name>
        <message>
            <source>Close this message</source>
            <translation>Diese Meldung schließen</translation>
        </message>
        <message>
            <source>Close message</source>
            <translation>Meldung schließen</translation>
        </message>
    </context>
    <context>
        <name>NetnsStudio::NameDialog</name>
        <message>
            <source>The two names must differ.</source>
            <translation>Die beiden Namen müssen verschieden sein.</translation>
        </message>
    </context>
    <context>
        <name>NetnsStudio::PingPanel</name>
        <message>
            <source>&amp;Ping</source>
            <translation>&amp;Ping</translation>
        </message>
        <message>
            <source>Ping from</source>
            <translation>Ping von</translation>
        </message>
        <message>
            <source>Address to ping</source>
            <translation>Zu pingende Adresse</translation>
        </message>
        <message>
            <source>an IP address, or click one</source>
            <translation>eine IP-Adresse, oder eine anklicken</translation>
        </message>
        <message>
            <source>Send three echo requests, one a second, from inside the namespace</source>
            <translation>Drei Echo-Anfragen senden, eine pro Sekunde, aus dem Namespace heraus</translation>
        </message>
        <message>
            <source>Take the ping off the diagram (Esc)</source>
            <translation>Den Ping vom Diagramm nehmen (Esc)</translation>
        </message>
        <message>
            <source>Ping replies</source>
            <translation>Ping-Antworten</translation>
        </message>
        <message>
            <source>Reply to request %1 after %2 ms</source>
            <translation>Antwort auf Anfrage %1 nach %2 ms</translation>
        </message>
        <message>
            <source>No reply to request %1 in time</source>
            <translation>Keine rechtzeitige Antwort auf Anfrage %1</translation>
        </message>
        <message>
            <source>Request %1 failed</source>
            <translation>Anfrage %1 fehlgeschlagen</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Leeren</translation>
        </message>
        <message>
            <source>Fr&amp;om:</source>
            <translation>&amp;Von:</translation>
        </message>
        <message>
            <source>To:</source>
            <translation>An:</translation>
        </message>
    </context>
    <context>
        <name>NetnsStudio::PingTool</name>
        <message>
            <source>Ping</source>
            <translation>Ping</translation>
        </message>
        <message>
            <source>&amp;Ping…</source>
            <translation>&amp;Ping…</translation>
        </message>
        <message>
            <source>Clear the Ping</source>
            <translation>Ping entfernen</translation>
        </message>
        <message>
            <source>Ping from a namespace: click its box, then click an address or type one</source>
            <translation>Aus einem Namespace pingen: seinen Kasten anklicken, dann eine Adresse anklicken oder eingeben</translation>
        </message>
        <message>
            <source>Ping from %1…</source>
            <translation>Ping aus %1…</translation>
        </message>
        <message>
            <source>Ping from Here…</source>
            <translation>Ping von hier…</translation>
        </message>
        <message>
            <source>Ping %1 From</source>
            <translation>%1 pingen aus</translation>
        </message>
        <message>
            <source>Click the namespace to ping from.</source>
            <translation>Klicke den Namespace an, aus dem gepingt werden soll.</translation>
        </message>
        <message>
            <source>Pinging from %1: click an address on the diagram, or type one and press Enter. Clicking another box pings from there instead. Esc stops.</source>
            <translation>Ping aus %1: Klicke eine Adresse im Diagramm an oder gib eine ein und drücke die Eingabetaste. Ein Klick auf einen anderen Kasten pingt stattdessen von dort. Esc beendet.</translation>
        </message>
        <message>
            <source>There is no namespace with id %1 to ping from.</source>
            <translation>Es gibt keinen Namespace mit ID %1, aus dem gepingt werden kann.</translation>
        </message>
        <message>
            <source>Expected to work: there %1; back %2.</source>
            <translation>Sollte klappen: hin %1; zurück %2.</translation>
        </message>
        <message>
            <source>Expected to fail: %1</source>
            <translation>Sollte scheitern: %1</translation>
        </message>
        <message>
            <source>Ping %1 from %2</source>
            <translation>%1 aus %2 pingen</translation>
        </message>
        <message>
            <source>The helper refused the ping: %1</source>
            <translation>Der Hilfsdienst hat den Ping abgelehnt: %1</translation>
        </message>
        <message>
            <source>%1 (out of %2)</source>
            <translation>%1 (über %2)</translation>
        </message>
        <message>
            <source>%1 sent, %2 received.</source>
            <translation>%1 gesendet, %2 empfangen.</translation>
        </message>
        <message>
            <source>Round trip: at least %1 ms, on average %2 ms, at most %3 ms.</source>
            <translation>Umlaufzeit: mindestens %1 ms, im Mittel %2 ms, höchstens %3 ms.</translation>
        </message>
        <message>
            <source>The explainer expected this ping to fail (%1), but replies came. The ping is the truth: the explainer misses something here.</source>
            <translation>Die Erklärung hat erwartet, dass dieser Ping scheitert (%1), aber es kamen Antworten. Der Ping ist die Wahrheit: Die Erklärung übersieht hier etwas.</translation>
        </message>
        <message>
            <source>The explainer expected replies, but none came. The ping is the truth: something the diagram does not show stops it (a firewall rule, for example).</source>
            <translation>Die Erklärung hat Antworten erwartet, aber keine kam. Der Ping ist die Wahrheit: Etwas, das das Diagramm nicht zeigt, hält ihn auf (etwa eine Firewall-Regel).</translation>
        </message>
        <message>
            <source>It stops in %1: %2</source>
            <translation>Er endet in %1: %2</translation>
        </message>
        <message>
            <source>%1 of %2 replies, %3 ms on average</source>
            <translation>%1 von %2 Antworten, im Mittel %3 ms</translation>
        </message>
    </context>
    <context>
        <name>NetnsStudio::PropertiesPanel</name>
        <message>
            <source>Up (administratively)</source>
            <translation>Aktiv (administrativ)</translation>
        </message>
        <message>
            <source>Masquerade outgoing traffic (NAT)</source>
            <translation>Ausgehenden Verkehr maskieren (NAT)</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Hinzufügen</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>Interface name</source>
            <translation>Schnittstellenname</translation>
        </message>
        <message>
            <source>Type a new name and press Enter to rename the interface.</source>
            <translation>Gib einen neuen Namen ein und drücke die Eingabetaste, um die Schnittstelle umzubenennen.</translation>
        </message>
        <message>
            <source>Give IPv4 packets that leave by this interface its address as their source, so that replies find their way back.</source>
            <translation>IPv4-Paketen, die über diese Schnittstelle hinausgehen, ihre Adresse als Quelle geben, damit Antworten den Weg zurück finden.</translation>
        </message>
        <message>
            <source>MTU</source>
            <translation>MTU</translation>
        </message>
        <message>
            <source>Addresses</source>
            <translation>Adressen</translation>
        </message>
        <message>
            <source>10.1.1.1/24 or fd00::1/64</source>
            <translation>10.1.1.1/24 oder fd00::1/64</translation>
        </message>
        <message>
            <source>New address</source>
            <translation>Neue Adresse</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>&amp;MTU:</source>
            <translation>&amp;MTU:</translation>
        </message>
        <message>
            <source>&amp;Addresses:</source>
            <translation>Adr&amp;essen:</translation>
        </message>
        <message>
            <source>Nothing selected</source>
            <translation>Nichts ausgewählt</translation>
        </message>
        <message>
            <source>Select a namespace or an interface in the diagram or the inventory.</source>
            <translation>Wähle einen Namespace oder eine Schnittstelle im Diagramm oder im Bestand aus.</translation>
        </message>
        <message>
            <source>Kind: %1</source>
            <translation>Art: %1</translation>
        </message>
        <message>
            <source>Id (inode): %1</source>
            <translation>ID (Inode): %1</translation>
        </message>
        <message>
            <source>Name: %1</source>
            <translation>Name: %1</translation>
        </message>
        <message>
            <source>Held by processes: %1</source>
            <translation>Gehalten von Prozessen: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n interface(s), %1 route(s)</source>
            <translation>
                <numerusform>%n Schnittstelle, %1 Route(n)</numerusform>
                <numerusform>%n Schnittstellen, %1 Route(n)</numerusform>
            </translation>
        </message>
        <message>
            <source>In: %1</source>
            <translation>In: %1</translation>
        </message>
        <message>
            <source>State: %1</source>
            <translation>Zustand: %1</translation>
        </message>
        <message>
            <source>MAC: %1</source>
            <translation>MAC: %1</translation>
        </message>
        <message>
            <source>Port of: %1</source>
            <translation>Port von: %1</translation>
        </message>
        <message>
            <source>Peer: %1 in %2</source>
            <translation>Gegenstück: %1 in %2</translation>
        </message>
        <message>
            <source>a namespace not visible</source>
            <translation>einem nicht sichtbaren Namespace</translation>
        </message>
    </context>
    <context>
        <name>PathExplainer</name>
        <message>
            <source>%1 does not have %2, so it would have to forward the packet, but IP forwarding is off there.</source>
            <translation>%1 hat %2 nicht, müsste das Paket also weiterleiten, aber IP-Weiterleitung ist dort aus.</translation>
        </message>
        <message>
            <source>%1 drops the packet from %2 that comes in by %3: its reverse-path filter (rp_filter %4) wants a route back to %2 out of %3, and %1 has none.</source>
            <translation>%1 verwirft das Paket von %2, das über %3 hereinkommt: Sein Reverse-Path-Filter (rp_filter %4) will eine Route zurück nach %2 über %3, und %1 hat keine.</translation>
        </message>
        <message>
            <source>%1 owns %2, but its lo interface is down, and a namespace delivers to its own addresses through lo.</source>
            <translation>%1 besitzt %2, aber seine Schnittstelle lo ist inaktiv, und ein Namespace stellt an seine eigenen Adressen über lo zu.</translation>
        </message>
        <message>
            <source>%1 owns %2: delivered.</source>
            <translation>%1 besitzt %2: zugestellt.</translation>
        </message>
        <message>
            <source>%1 would have to forward a packet from %2 to %3, but a link-local address is only valid on its own link: IPv6 does not forward it.</source>
            <translation>%1 müsste ein Paket von %2 an %3 weiterleiten, aber eine link-lokale Adresse gilt nur auf ihrem eigenen Link: IPv6 leitet sie nicht weiter.</translation>
        </message>
        <message>
            <source>%1 has no route to %2, so the packet is not sent at all.</source>
            <translation>%1 hat keine Route nach %2, also wird das Paket gar nicht gesendet.</translation>
        </message>
        <message>
            <source>In %1 the route to %2 is a %3 route: the packet is dropped.</source>
            <translation>In %1 ist die Route nach %2 eine Route vom Typ %3: Das Paket wird verworfen.</translation>
        </message>
        <message>
            <source>%1's route to %2 names no interface.</source>
            <translation>Die Route von %1 nach %2 nennt keine Schnittstelle.</translation>
        </message>
        <message>
            <source>%1 in %2 is up but has no carrier</source>
            <translation>%1 in %2 ist aktiv, hat aber keinen Träger</translation>
        </message>
        <message>
            <source>%1 in %2 is down</source>
            <translation>%1 in %2 ist inaktiv</translation>
        </message>
        <message>
            <source>%1 in %2 has no carrier because its peer %3 in %4 is down</source>
            <translation>%1 in %2 hat keinen Träger, weil sein Gegenstück %3 in %4 inaktiv ist</translation>
        </message>
        <message>
            <source>, so the packet cannot leave.</source>
            <translation>, also kann das Paket nicht hinaus.</translation>
        </message>
        <message>
            <source>%1 sends it out of %2 to %3.</source>
            <translation>%1 schickt es über %2 an %3.</translation>
        </message>
        <message>
            <source>%1 in %2 has no link-local address, so %2 cannot send the neighbour solicitation that would find %3 (unless %3 is already in its neighbour table).</source>
            <translation>%1 in %2 hat keine link-lokale Adresse, also kann %2 die Neighbour Solicitation nicht senden, die %3 finden würde (außer %3 steht schon in seiner Nachbartabelle).</translation>
        </message>
        <message>
            <source>No interface on the other side of %1 (in %2) has the address %3, so nobody answers the neighbour solicitation for it and the packet goes nowhere.</source>
            <translation>Keine Schnittstelle auf der anderen Seite von %1 (in %2) hat die Adresse %3, also beantwortet niemand die Neighbour Solicitation dafür, und das Paket geht nirgendwohin.</translation>
        </message>
        <message>
            <source>No namespace on the other side of %1 (in %2) has the address %3, so nobody answers for it and the packet goes nowhere.</source>
            <translation>Kein Namespace auf der anderen Seite von %1 (in %2) hat die Adresse %3, also antwortet niemand dafür, und das Paket geht nirgendwohin.</translation>
        </message>
        <message>
            <source>The packet goes round in a loop.</source>
            <translation>Das Paket läuft im Kreis.</translation>
        </message>
        <message>
            <source>The path is longer than %1 hops.</source>
            <translation>Der Weg ist länger als %1 Sprünge.</translation>
        </message>
        <message>
            <source>There is no such namespace.</source>
            <translation>Diesen Namespace gibt es nicht.</translation>
        </message>
        <message>
            <source>%1 has no address to send from.</source>
            <translation>%1 hat keine Adresse, von der aus gesendet werden kann.</translation>
        </message>
        <message>
            <source>The packet arrives, but the reply cannot come back to %1: %2</source>
            <translation>Das Paket kommt an, aber die Antwort kann nicht zu %1 zurück: %2</translation>
        </message>
        <message>
            <source>%1 undoes its masquerading: the destination becomes %2 again.</source>
            <translation>%1 macht sein Masquerading rückgängig: Das Ziel wird wieder %2.</translation>
        </message>
        <message>
            <source>%1 masquerades what leaves %2, but has no IPv4 address to give the packet, so it drops it.</source>
            <translation>%1 maskiert, was %2 verlässt, hat aber keine IPv4-Adresse für das Paket und verwirft es deshalb.</translation>
        </message>
        <message>
            <source>Its source is rewritten to %1 by masquerading.</source>
            <translation>Seine Quelle wird durch Masquerading zu %1 umgeschrieben.</translation>
        </message>
        <message>
            <source>The bridge %1 in %2 passes it on, and masquerading there rewrites its source to %3.</source>
            <translation>Die Bridge %1 in %2 reicht es weiter, und das Masquerading dort schreibt seine Quelle auf %3 um.</translation>
        </message>
        <message>
            <source>%1 does not answer the ARP request for %2 that comes in by %3: its reverse-path filter (rp_filter %4) wants a route back to the asker %5 out of %3, and %1 has none. So the packet goes nowhere.</source>
            <translation>%1 beantwortet die ARP-Anfrage nach %2, die über %3 hereinkommt, nicht: Sein Reverse-Path-Filter (rp_filter %4) will eine Route zurück zum Fragenden %5 über %3, und %1 hat keine. So kommt das Paket nirgendwo an.</translation>
        </message>
        <message>
            <source>%1 drops the packet from %2 that comes in by %3: %2 is an address of %1 itself, so it takes the packet for a forgery.</source>
            <translation>%1 verwirft das Paket von %2, das über %3 hereinkommt: %2 ist eine Adresse von %1 selbst, also hält es das Paket für gefälscht.</translation>
        </message>
        <message>
            <source>%1 does not answer the ARP request for %2 that comes in by %3: the asker's address %4 is an address of %1 itself, so it takes the request for a forgery. So the packet goes nowhere.</source>
            <translation>%1 beantwortet die ARP-Anfrage nach %2, die über %3 hereinkommt, nicht: Die Adresse %4 des Fragenden ist eine Adresse von %1 selbst, also hält es die Anfrage für gefälscht. So kommt das Paket nirgendwo an.</translation>
        </message>
        <message>
            <source>%1 masqueraded this connection out of %2, and now the packet would leave %1 by %3: conntrack takes that for a moved connection, forgets it and drops the packet.</source>
            <translation>%1 hat diese Verbindung über %2 maskiert, und nun würde das Paket %1 über %3 verlassen: Conntrack hält das für eine umgezogene Verbindung, vergisst sie und verwirft das Paket.</translation>
        </message>
        <message>
            <source>%1 masquerades what its bridge %2 passes on, but has no IPv4 address to give the packet, so it drops it.</source>
            <translation>%1 maskiert, was seine Bridge %2 weiterreicht, hat aber keine IPv4-Adresse für das Paket und verwirft es deshalb.</translation>
        </message>
    </context>
    <context>
        <name>Validation</name>
        <message>
            <source>A namespace name cannot be empty.</source>
            <translation>Ein Namespace-Name darf nicht leer sein.</translation>
        </message>
        <message>
            <source>A namespace name can be at most %1 bytes long.</source>
            <translation>Ein Namespace-Name darf höchstens %1 Bytes lang sein.</translation>
        </message>
        <message>
            <source>A namespace name cannot contain '/'.</source>
            <translation>Ein Namespace-Name darf kein '/' enthalten.</translation>
        </message>
        <message>
            <source>A namespace name cannot be '.' or '..'.</source>
            <translation>Ein Namespace-Name darf nicht '.' oder '..' sein.</translation>
        </message>
        <message>
            <source>A namespace name cannot contain control characters (such as a newline).</source>
            <translation>Ein Namespace-Name darf keine Steuerzeichen enthalten (etwa einen Zeilenumbruch).</translation>
        </message>
        <message>
            <source>An interface name cannot be empty.</source>
            <translation>Ein Schnittstellenname darf nicht leer sein.</translation>
        </message>
        <message>
            <source>An interface name can be at most %1 bytes long.</source>
            <translation>Ein Schnittstellenname darf höchstens %1 Bytes lang sein.</translation>
        </message>
        <message>
            <source>An interface name cannot be '.' or '..'.</source>
            <translation>Ein Schnittstellenname darf nicht '.' oder '..' sein.</translation>
        </message>
        <message>
            <source>An interface name cannot contain control characters.</source>
            <translation>Ein Schnittstellenname darf keine Steuerzeichen enthalten.</translation>
        </message>
        <message>
            <source>An interface name cannot contain '/', ':' or white space.</source>
            <translation>Ein Schnittstellenname darf kein '/', ':' oder Leerzeichen enthalten.</translation>
        </message>
        <message>
            <source>An MTU must be from %1 to %2 bytes; %3 is not.</source>
            <translation>Eine MTU muss zwischen %1 und %2 Bytes liegen; %3 tut das nicht.</translation>
        </message>
        <message>
            <source>'%1' is not an IPv4 or IPv6 address.</source>
            <translation>'%1' ist keine IPv4- oder IPv6-Adresse.</translation>
        </message>
        <message>
            <source>'%1' is not an address with a prefix length, such as 10.1.1.1/24.</source>
            <translation>'%1' ist keine Adresse mit Präfixlänge wie 10.1.1.1/24.</translation>
        </message>
        <message>
            <source>'%1' does not start with an IPv4 or IPv6 address.</source>
            <translation>'%1' beginnt nicht mit einer IPv4- oder IPv6-Adresse.</translation>
        </message>
        <message>
            <source>The prefix length in '%1' must be a number from 0 to %2.</source>
            <translation>Die Präfixlänge in '%1' muss eine Zahl von 0 bis %2 sein.</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>Shows the network namespaces of this host and lets you change them.</source>
            <translation>Zeigt die Netzwerk-Namespaces dieses Hosts und lässt dich sie ändern.</translation>
        </message>
        <message>
            <source>Print the topology as JSON and exit.</source>
            <translation>Die Topologie als JSON ausgeben und beenden.</translation>
        </message>
        <message>
            <source>With --json: read the topology &lt;count&gt; times and print the median time to stderr.</source>
            <translation>Mit --json: die Topologie &lt;count&gt;-mal lesen und die mittlere Zeit (Median) auf stderr ausgeben.</translation>
        </message>
        <message>
            <source>Print the topology as JSON, then a JSON line for every change.</source>
            <translation>Die Topologie als JSON ausgeben, dann eine JSON-Zeile für jede Änderung.</translation>
        </message>
        <message>
            <source>Explain whether a ping from &lt;namespace&gt; reaches the address given after it, and why not.</source>
            <translation>Erklären, ob ein Ping aus &lt;namespace&gt; die danach angegebene Adresse erreicht, und warum nicht.</translation>
        </message>
        <message>
            <source>Ping the address given after it from inside &lt;namespace&gt;, through the helper.</source>
            <translation>Die danach angegebene Adresse aus &lt;namespace&gt; heraus pingen, über den Hilfsdienst.</translation>
        </message>
        <message>
            <source>With --ping: how many requests (1-100).</source>
            <translation>Mit --ping: wie viele Anfragen (1-100).</translation>
        </message>
        <message>
            <source>With --ping: milliseconds between requests (200-10000).</source>
            <translation>Mit --ping: Millisekunden zwischen den Anfragen (200-10000).</translation>
        </message>
        <message>
            <source>Read a JSON list of actions on stdin and print the ip command of each.</source>
            <translation>Eine JSON-Liste von Aktionen von stdin lesen und den ip-Befehl jeder Aktion ausgeben.</translation>
        </message>
        <message>
            <source>Draw the topology into &lt;file&gt; (.svg or .png) without a window.</source>
            <translation>Die Topologie ohne Fenster in &lt;file&gt; (.svg oder .png) zeichnen.</translation>
        </message>
        <message>
            <source>Say in the window that it shows a private sandbox, and open on the lessons.</source>
            <translation>Im Fenster sagen, dass es eine private Sandbox zeigt, und mit den Lektionen öffnen.</translation>
        </message>
        <message>
            <source>Make what the lab file &lt;lab&gt; describes and the host lacks, as one batch.</source>
            <translation>Anlegen, was die Labordatei &lt;lab&gt; beschreibt und dem Host fehlt, als ein Stapel.</translation>
        </message>
        <message>
            <source>Remove what the lab file &lt;lab&gt; describes from the host.</source>
            <translation>Entfernen, was die Labordatei &lt;lab&gt; beschreibt, vom Host.</translation>
        </message>
        <message>
            <source>Print the lab file &lt;lab&gt; as a bash script of ip commands.</source>
            <translation>Die Labordatei &lt;lab&gt; als Bash-Skript aus ip-Befehlen ausgeben.</translation>
        </message>
        <message>
            <source>Write the namespaces given after it (all named ones if none) as the lab file &lt;lab&gt;.</source>
            <translation>Die danach angegebenen Namespaces (alle benannten, wenn keine) als Labordatei &lt;lab&gt; schreiben.</translation>
        </message>
        <message>
            <source>With --explain or --ping: the address to reach.</source>
            <translation>Mit --explain oder --ping: die zu erreichende Adresse.</translation>
        </message>
        <message>
            <source>With --save: the namespaces to save.</source>
            <translation>Mit --save: die zu speichernden Namespaces.</translation>
        </message>
        <message>
            <source>usage: netns-studio --explain|--ping NAMESPACE ADDRESS</source>
            <translation>Aufruf: netns-studio --explain|--ping NAMESPACE ADRESSE</translation>
        </message>
        <message>
            <source>usage: netns-studio --apply|--destroy LAB</source>
            <translation>Aufruf: netns-studio --apply|--destroy LABOR</translation>
        </message>
    </context>
</TS>
