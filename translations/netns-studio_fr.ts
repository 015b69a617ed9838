<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
    <context>
        <name>Action</name>
        <message>
            <source>The action does not say which namespace (%1) it is about.</source>
            <translation>L'action ne dit pas de quel espace de noms (%1) il s'agit.</translation>
        </message>
        <message>
            <source>An interface index cannot be negative.</source>
            <translation>Un index d'interface ne peut pas être négatif.</translation>
        </message>
        <message>
            <source>A route's destination must be 'default' or an address with a prefix length: %1</source>
            <translation>La destination d'une route doit être 'default' ou une adresse avec une longueur de préfixe : %1</translation>
        </message>
        <message>
            <source>The gateway %1 and the destination %2 are not of the same IP version.</source>
            <translation>La passerelle %1 et la destination %2 ne sont pas de la même version IP.</translation>
        </message>
        <message>
            <source>A route needs a gateway, an interface, or both.</source>
            <translation>Une route a besoin d'une passerelle, d'une interface, ou des deux.</translation>
        </message>
        <message>
            <source>An action needs a 'type', such as add-namespace.</source>
            <translation>Une action a besoin d'un 'type', par exemple add-namespace.</translation>
        </message>
        <message>
            <source>'%1' is not an action this program knows.</source>
            <translation>'%1' n'est pas une action que ce programme connaît.</translation>
        </message>
        <message>
            <source>The action %1 takes no '%2'.</source>
            <translation>L'action %1 ne prend pas de '%2'.</translation>
        </message>
        <message>
            <source>'%1' of action %2 has the wrong type (%3, expected %4).</source>
            <translation>'%1' de l'action %2 a le mauvais type (%3, attendu : %4).</translation>
        </message>
        <message>
            <source>The two ends of a veth pair in one namespace need different names.</source>
            <translation>Les deux extrémités d'une paire veth dans un même espace de noms doivent avoir des noms différents.</translation>
        </message>
        <message>
            <source>A master given by index needs its name too.</source>
            <translation>Un maître donné par son index a aussi besoin de son nom.</translation>
        </message>
        <message>
            <source>Forwarding is set for 'inet' (IPv4) or 'inet6' (IPv6), not '%1'.</source>
            <translation>Le routage se règle pour 'inet' (IPv4) ou 'inet6' (IPv6), pas pour '%1'.</translation>
        </message>
        <message>
            <source>Unknown action.</source>
            <translation>Action inconnue.</translation>
        </message>
        <message>
            <source>'%1' must be a whole number in range, not %2.</source>
            <translation>'%1' doit être un nombre entier dans les limites, pas %2.</translation>
        </message>
        <message>
            <source>nftables cannot name the interface '%1': it contains %2.</source>
            <translation>nftables ne peut pas nommer l'interface '%1' : elle contient %2.</translation>
        </message>
    </context>
    <context>
        <name>CliCommands</name>
        <message>
            <source>netns-studio: cannot reach the system bus: %1</source>
            <translation>netns-studio : le bus système est injoignable : %1</translation>
        </message>
        <message>
            <source>netns-studio: there is no namespace '%1'.</source>
            <translation>netns-studio : il n'y a pas d'espace de noms '%1'.</translation>
        </message>
        <message>
            <source>netns-studio: in the way: %1</source>
            <translation>netns-studio : gênant : %1</translation>
        </message>
        <message>
            <source>netns-studio: nothing was changed.</source>
            <translation>netns-studio : rien n'a été modifié.</translation>
        </message>
        <message>
            <source>Applying %1 steps as one batch...</source>
            <translation>Application de %1 étapes en un seul lot...</translation>
        </message>
        <message>
            <source>  %1 of %2 steps done</source>
            <translation>  %1 étapes faites sur %2</translation>
        </message>
        <message>
            <source>Nothing to do: everything in %1 is already there.</source>
            <translation>Rien à faire : tout ce que décrit %1 existe déjà.</translation>
        </message>
        <message>
            <source>Applied %1: %2 steps.</source>
            <translation>%1 appliqué : %2 étapes.</translation>
        </message>
        <message>
            <source>Nothing to do: nothing of %1 is on this host.</source>
            <translation>Rien à faire : rien de %1 n'est sur cet hôte.</translation>
        </message>
        <message>
            <source>Destroyed %1: %2 steps.</source>
            <translation>%1 supprimé : %2 étapes.</translation>
        </message>
        <message>
            <source>The lab %1 as ip commands (netns-studio --export-script), for a host that does not have it yet.</source>
            <translation>Le labo %1 en commandes ip (netns-studio --export-script), pour un hôte qui ne l'a pas encore.</translation>
        </message>
        <message>
            <source>netns-studio: left out: %1</source>
            <translation>netns-studio : omis : %1</translation>
        </message>
        <message>
            <source>netns-studio: cannot save: %1</source>
            <translation>netns-studio : impossible d'enregistrer : %1</translation>
        </message>
        <message>
            <source>Saved %1 namespaces to %2.</source>
            <translation>%1 espaces de noms enregistrés dans %2.</translation>
        </message>
        <message>
            <source>netns-studio: the input is not a JSON list of actions: %1</source>
            <translation>netns-studio : l'entrée n'est pas une liste JSON d'actions : %1</translation>
        </message>
        <message>
            <source>netns-studio: action %1: %2</source>
            <translation>netns-studio : action %1 : %2</translation>
        </message>
        <message>
            <source>netns-studio: the helper stopped.</source>
            <translation>netns-studio : le service auxiliaire s'est arrêté.</translation>
        </message>
        <message>
            <source>There:</source>
            <translation>Aller :</translation>
        </message>
        <message>
            <source>Back:</source>
            <translation>Retour :</translation>
        </message>
        <message>
            <source>Verdict: a ping from %1 to %2 gets its reply.</source>
            <translation>Verdict : un ping de %1 vers %2 reçoit sa réponse.</translation>
        </message>
        <message>
            <source>Verdict: a ping from %1 to %2 fails (%3).</source>
            <translation>Verdict : un ping de %1 vers %2 échoue (%3).</translation>
        </message>
        <message>
            <source>PING %1 from %2</source>
            <translation>PING %1 depuis %2</translation>
        </message>
        <message>
            <source>reply seq=%1 time=%2 ms</source>
            <translation>réponse seq=%1 temps=%2 ms</translation>
        </message>
        <message>
            <source>%1 seq=%2 %3</source>
            <translation>%1 seq=%2 %3</translation>
        </message>
        <message>
            <source>%1 sent, %2 received</source>
            <translation>%1 envoyés, %2 reçus</translation>
        </message>
    </context>
    <context>
        <name>Diagram</name>
        <message>
            <source>host</source>
            <translation>hôte</translation>
        </message>
        <message>
            <source>named</source>
            <translation>nommé</translation>
        </message>
        <message>
            <source>process</source>
            <translation>processus</translation>
        </message>
        <message>
            <source>container</source>
            <translation>conteneur</translation>
        </message>
        <message>
            <source>id %1</source>
            <translation>id %1</translation>
        </message>
        <message>
            <source>held by pid %1</source>
            <translation>tenu par le pid %1</translation>
        </message>
        <message>
            <source>no interfaces shown</source>
            <translation>aucune interface affichée</translation>
        </message>
        <message>
            <source>up</source>
            <translation>actif</translation>
        </message>
        <message>
            <source>down</source>
            <translation>inactif</translation>
        </message>
        <message>
            <source>state %1</source>
            <translation>état %1</translation>
        </message>
        <message>
            <source>MTU %1</source>
            <translation>MTU %1</translation>
        </message>
        <message>
            <source>port of %1</source>
            <translation>port de %1</translation>
        </message>
        <message>
            <source>NAT: IPv4 traffic leaving %1 is masqueraded (its source becomes this interface's address)</source>
            <translation>NAT : le trafic IPv4 qui sort par %1 est masqué (sa source devient l'adresse de cette interface)</translation>
        </message>
        <message>
            <source>NAT</source>
            <translation>NAT</translation>
        </message>
        <message>
            <source>no carrier</source>
            <translation>déconnecté</translation>
        </message>
        <message>
            <source>veth pair %1 — %2</source>
            <translation>paire veth %1 — %2</translation>
        </message>
    </context>
    <context>
        <name>Errno</name>
        <message>
            <source>Operation not permitted</source>
            <translation>Opération non permise</translation>
        </message>
        <message>
            <source>No such file or directory</source>
            <translation>Aucun fichier ou dossier de ce type</translation>
        </message>
        <message>
            <source>Cannot allocate memory</source>
            <translation>Impossible d'allouer de la mémoire</translation>
        </message>
        <message>
            <source>Permission denied</source>
            <translation>Permission refusée</translation>
        </message>
        <message>
            <source>Device or resource busy</source>
            <translation>Périphérique ou ressource occupé</translation>
        </message>
        <message>
            <source>File exists</source>
            <translation>Le fichier existe</translation>
        </message>
        <message>
            <source>No such device</source>
            <translation>Aucun périphérique de ce type</translation>
        </message>
        <message>
            <source>Invalid argument</source>
            <translation>Argument invalide</translation>
        </message>
        <message>
            <source>No space left on device</source>
            <translation>Aucun espace disponible sur le périphérique</translation>
        </message>
        <message>
            <source>Numerical result out of range</source>
            <translation>Résultat numérique en dehors de l'intervalle</translation>
        </message>
        <message>
            <source>Operation not supported</source>
            <translation>Opération non supportée</translation>
        </message>
        <message>
            <source>Address family not supported by protocol</source>
            <translation>Famille d'adresses non supportée par le protocole</translation>
        </message>
        <message>
            <source>Address already in use</source>
            <translation>Adresse déjà utilisée</translation>
        </message>
        <message>
            <source>Cannot assign requested address</source>
            <translation>Impossible d'affecter l'adresse demandée</translation>
        </message>
        <message>
            <source>Network is unreachable</source>
            <translation>Le réseau n'est pas accessible</translation>
        </message>
        <message>
            <source>No buffer space available</source>
            <translation>Aucun espace tampon disponible</translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <source>Network namespaces</source>
            <translation>Espaces de noms réseau</translation>
        </message>
        <message>
            <source>Drawn by Netns Studio</source>
            <translation>Dessiné par Netns Studio</translation>
        </message>
        <message>
            <source>Cannot write %1.</source>
            <translation>Impossible d'écrire %1.</translation>
        </message>
        <message>
            <source>Cannot export to '%1': the name must end in .svg or .png.</source>
            <translation>Impossible d'exporter vers '%1' : le nom doit finir par .svg ou .png.</translation>
        </message>
    </context>
    <context>
        <name>Helper</name>
        <message>
            <source>There is no network namespace with id %1 (any more).</source>
            <translation>Il n'y a pas (ou plus) d'espace de noms réseau d'id %1.</translation>
        </message>
        <message>
            <source>There is no namespace named '%1'.</source>
            <translation>Il n'y a pas d'espace de noms nommé '%1'.</translation>
        </message>
        <message>
            <source>Cannot open a netlink socket in namespace %1.</source>
            <translation>Impossible d'ouvrir un socket netlink dans l'espace de noms %1.</translation>
        </message>
        <message>
            <source>There is no interface '%1' in %2.</source>
            <translation>Il n'y a pas d'interface '%1' dans %2.</translation>
        </message>
        <message>
            <source>Interface %1 in %2 is now called '%3', not '%4'.</source>
            <translation>L'interface %1 dans %2 s'appelle maintenant '%3', pas '%4'.</translation>
        </message>
        <message>
            <source>Namespace %1 has no name to delete: it lives as long as the processes that hold it.</source>
            <translation>L'espace de noms %1 n'a pas de nom à supprimer : il vit aussi longtemps que les processus qui le tiennent.</translation>
        </message>
        <message>
            <source>Out of memory.</source>
            <translation>Mémoire épuisée.</translation>
        </message>
        <message>
            <source>Cannot create the veth pair %1/%2</source>
            <translation>Impossible de créer la paire veth %1/%2</translation>
        </message>
        <message>
            <source>Cannot change %1 in %2</source>
            <translation>Impossible de modifier %1 dans %2</translation>
        </message>
        <message>
            <source>Not a link action.</source>
            <translation>Ce n'est pas une action sur une interface.</translation>
        </message>
        <message>
            <source>Cannot move %1 to %2</source>
            <translation>Impossible de déplacer %1 vers %2</translation>
        </message>
        <message>
            <source>Cannot move %1 back to %2</source>
            <translation>Impossible de remettre %1 dans %2</translation>
        </message>
        <message>
            <source>Cannot find the namespace of the peer of %1 in %2, so deleting it could not be undone.</source>
            <translation>Impossible de trouver l'espace de noms du pair de %1 dans %2 : sa suppression ne pourrait pas être annulée.</translation>
        </message>
        <message>
            <source>Cannot delete %1 in %2</source>
            <translation>Impossible de supprimer %1 dans %2</translation>
        </message>
        <message>
            <source>Cannot add %1 to %2</source>
            <translation>Impossible d'ajouter %1 à %2</translation>
        </message>
        <message>
            <source>Cannot remove %1 from %2</source>
            <translation>Impossible de retirer %1 de %2</translation>
        </message>
        <message>
            <source>Cannot add the route %1 in %2</source>
            <translation>Impossible d'ajouter la route %1 dans %2</translation>
        </message>
        <message>
            <source>Cannot delete the route %1 in %2</source>
            <translation>Impossible de supprimer la route %1 dans %2</translation>
        </message>
        <message>
            <source>Cannot create the bridge %1 in %2</source>
            <translation>Impossible de créer le pont %1 dans %2</translation>
        </message>
        <message>
            <source>Cannot set forwarding in %1</source>
            <translation>Impossible de régler le routage (forwarding) dans %1</translation>
        </message>
        <message>
            <source>Cannot read the nftables rules of %1.</source>
            <translation>Impossible de lire les règles nftables de %1.</translation>
        </message>
        <message>
            <source>Traffic leaving %1 in %2 is masqueraded already.</source>
            <translation>Le trafic qui sort par %1 dans %2 est déjà masqueradé.</translation>
        </message>
        <message>
            <source>Traffic leaving %1 in %2 is masqueraded by an nftables rule that Netns Studio did not write; change it with nft.</source>
            <translation>Le trafic qui sort par %1 dans %2 est masqueradé par une règle nftables que Netns Studio n'a pas écrite ; modifiez-la avec nft.</translation>
        </message>
        <message>
            <source>Traffic leaving %1 in %2 is not masqueraded.</source>
            <translation>Le trafic qui sort par %1 dans %2 n'est pas masqueradé.</translation>
        </message>
        <message>
            <source>Cannot change masquerading of %1 in %2: %3</source>
            <translation>Impossible de modifier le masquerading de %1 dans %2 : %3</translation>
        </message>
        <message>
            <source>Cannot enter namespace %1</source>
            <translation>Impossible d'entrer dans l'espace de noms %1</translation>
        </message>
        <message>
            <source>Unknown action.</source>
            <translation>Action inconnue.</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <source>A locale is a language code with an optional country code, such as de or de_DE.</source>
            <translation>Une locale est un code de langue suivi ou non d'un code de pays, comme de ou de_DE.</translation>
        </message>
        <message>
            <source>Too many subscribers already.</source>
            <translation>Il y a déjà trop d'abonnés.</translation>
        </message>
        <message>
            <source>The count must be from 1 to %1.</source>
            <translation>Le nombre doit être compris entre 1 et %1.</translation>
        </message>
        <message>
            <source>The interval must be from %1 to %2 ms.</source>
            <translation>L'intervalle doit être compris entre %1 et %2 ms.</translation>
        </message>
        <message>
            <source>The timeout must be from %1 to %2 ms.</source>
            <translation>Le délai d'attente doit être compris entre %1 et %2 ms.</translation>
        </message>
        <message>
            <source>There is no network namespace with id %1.</source>
            <translation>Il n'y a pas d'espace de noms réseau d'id %1.</translation>
        </message>
        <message>
            <source>%1 may not ask for %2.</source>
            <translation>%1 ne peut pas demander %2.</translation>
        </message>
        <message>
            <source>Step %1 of %2 (%3) failed: %4</source>
            <translation>L'étape %1 sur %2 (%3) a échoué : %4</translation>
        </message>
        <message>
            <source>%1 The steps before it were undone.</source>
            <translation>%1 Les étapes précédentes ont été annulées.</translation>
        </message>
        <message>
            <source>%1 Undoing the steps before it did not fully work: %2</source>
            <translation>%1 L'annulation des étapes précédentes n'a pas entièrement réussi : %2</translation>
        </message>
        <message>
            <source>Step %1 of %2: %3</source>
            <translation>Étape %1 sur %2 : %3</translation>
        </message>
        <message>
            <source>The batch has no actions.</source>
            <translation>Le lot ne contient aucune action.</translation>
        </message>
        <message>
            <source>Cannot create %1</source>
            <translation>Impossible de créer %1</translation>
        </message>
        <message>
            <source>Cannot share the mount %1</source>
            <translation>Impossible de partager le montage %1</translation>
        </message>
        <message>
            <source>Cannot make %1 a mount point</source>
            <translation>Impossible de faire de %1 un point de montage</translation>
        </message>
        <message>
            <source>A namespace named '%1' already exists.</source>
            <translation>Un espace de noms nommé '%1' existe déjà.</translation>
        </message>
        <message>
            <source>Cannot bind the namespace to %1</source>
            <translation>Impossible de lier l'espace de noms à %1</translation>
        </message>
        <message>
            <source>Cannot create a network namespace</source>
            <translation>Impossible de créer un espace de noms réseau</translation>
        </message>
        <message>
            <source>The new namespace '%1' vanished at once.</source>
            <translation>Le nouvel espace de noms '%1' a aussitôt disparu.</translation>
        </message>
        <message>
            <source>There is no named namespace '%1'.</source>
            <translation>Il n'y a pas d'espace de noms nommé '%1' dans /run/netns.</translation>
        </message>
        <message>
            <source>Cannot unmount %1</source>
            <translation>Impossible de démonter %1</translation>
        </message>
        <message>
            <source>Cannot remove %1</source>
            <translation>Impossible de supprimer %1</translation>
        </message>
        <message>
            <source>Cannot enter the namespace: %1</source>
            <translation>Impossible d'entrer dans l'espace de noms : %1</translation>
        </message>
        <message>
            <source>Cannot open an ICMP socket: %1</source>
            <translation>Impossible d'ouvrir un socket ICMP : %1</translation>
        </message>
        <message>
            <source>No reply within %1 ms.</source>
            <translation>Pas de réponse en %1 ms.</translation>
        </message>
        <message>
            <source>This method has no polkit action, so nobody may call it.</source>
            <translation>Cette méthode n'a pas d'action polkit : personne ne peut donc l'appeler.</translation>
        </message>
        <message>
            <source>Could not check authorization for %1: %2</source>
            <translation>Impossible de vérifier l'autorisation pour %1 : %2</translation>
        </message>
        <message>
            <source>The caller left the bus before it was authorized.</source>
            <translation>L'appelant a quitté le bus avant d'être autorisé.</translation>
        </message>
        <message>
            <source>Authentication is required for %1, and no authentication agent answered.</source>
            <translation>%1 demande une authentification, et aucun agent d'authentification n'a répondu.</translation>
        </message>
        <message>
            <source>Not authorized: polkit denies %1 to this caller.</source>
            <translation>Non autorisé : polkit refuse %1 à cet appelant.</translation>
        </message>
        <message>
            <source>Cannot read what this step would change</source>
            <translation>Impossible de lire ce que cette étape modifierait</translation>
        </message>
        <message>
            <source>Interface %1 was not there before.</source>
            <translation>L'interface %1 n'existait pas avant.</translation>
        </message>
        <message>
            <source>Cannot make %1 again</source>
            <translation>Impossible de recréer %1</translation>
        </message>
        <message>
            <source>%1: its peer was not found.</source>
            <translation>%1 : son pair est introuvable.</translation>
        </message>
        <message>
            <source>%1: a %2 link cannot be re-created from what the kernel reports.</source>
            <translation>%1 : une interface de type %2 ne peut pas être recréée à partir de ce que le noyau indique.</translation>
        </message>
        <message>
            <source>physical</source>
            <translation>physique</translation>
        </message>
        <message>
            <source>Cannot read the links to put them back</source>
            <translation>Impossible de lire les interfaces pour les rétablir</translation>
        </message>
        <message>
            <source>Cannot put %1 back as it was</source>
            <translation>Impossible de remettre %1 comme avant</translation>
        </message>
        <message>
            <source>Cannot put back the address %1</source>
            <translation>Impossible de rétablir l'adresse %1</translation>
        </message>
        <message>
            <source>Cannot put back the route %1</source>
            <translation>Impossible de rétablir la route %1</translation>
        </message>
    </context>
    <context>
        <name>Lab</name>
        <message>
            <source>The namespace '%1' is declared twice (first on line %2).</source>
            <translation>L'espace de noms '%1' est déclaré deux fois (d'abord à la ligne %2).</translation>
        </message>
        <message>
            <source>The namespace '%1' of interface '%2' is not declared under 'namespaces' (nor is it '%3', the host's own).</source>
            <translation>L'espace de noms '%1' de l'interface '%2' n'est pas déclaré sous 'namespaces' (et ce n'est pas '%3', celui de l'hôte).</translation>
        </message>
        <message>
            <source>'lo' is every namespace's own loopback; the lab sets it with 'loopback-up' instead.</source>
            <translation>'lo' est la boucle locale propre à chaque espace de noms ; le labo la règle plutôt avec 'loopback-up'.</translation>
        </message>
        <message>
            <source>The interface '%1' in namespace '%2' is declared twice (first on line %3).</source>
            <translation>L'interface '%1' dans l'espace de noms '%2' est déclarée deux fois (d'abord à la ligne %3).</translation>
        </message>
        <message>
            <source>Interface '%1' in '%2': %3</source>
            <translation>Interface '%1' dans '%2' : %3</translation>
        </message>
        <message>
            <source>Interface '%1' in '%2' lists the address %3 twice.</source>
            <translation>L'interface '%1' dans '%2' donne l'adresse %3 deux fois.</translation>
        </message>
        <message>
            <source>The port '%1' of bridge '%2' is not a veth end that the lab puts in namespace '%3'.</source>
            <translation>Le port '%1' du pont '%2' n'est pas une extrémité veth que le labo place dans l'espace de noms '%3'.</translation>
        </message>
        <message>
            <source>'%1' in namespace '%2' is made a bridge port twice (first on line %3).</source>
            <translation>'%1' dans l'espace de noms '%2' devient deux fois port de pont (d'abord à la ligne %3).</translation>
        </message>
        <message>
            <source>A route's 'to' must be 'default' or a network such as 10.2.0.0/16: %1</source>
            <translation>Le 'to' d'une route doit être 'default' ou un réseau comme 10.2.0.0/16 : %1</translation>
        </message>
        <message>
            <source>The route to %1 names a host address with its prefix; the network is %2.</source>
            <translation>La route vers %1 donne une adresse d'hôte avec son préfixe ; le réseau est %2.</translation>
        </message>
        <message>
            <source>A route's 'via' must be an address: %1</source>
            <translation>Le 'via' d'une route doit être une adresse : %1</translation>
        </message>
        <message>
            <source>The route to %1 goes via %2, which is not of the same IP version.</source>
            <translation>La route vers %1 passe par %2, qui n'est pas de la même version IP.</translation>
        </message>
        <message>
            <source>The route to %1 needs 'via' (a gateway), 'dev' (an interface), or both.</source>
            <translation>La route vers %1 a besoin de 'via' (une passerelle), de 'dev' (une interface), ou des deux.</translation>
        </message>
        <message>
            <source>The route to %1 in namespace '%2' uses interface '%3', which the lab does not put there.</source>
            <translation>La route vers %1 dans l'espace de noms '%2' utilise l'interface '%3', que le labo n'y place pas.</translation>
        </message>
    </context>
    <context>
        <name>LabPlan</name>
        <message>
            <source>'%1' in namespace '%2' is a %3 link, but the lab wants a bridge there.</source>
            <translation>'%1' dans l'espace de noms '%2' est un lien %3, mais le labo y veut un pont.</translation>
        </message>
        <message>
            <source>plain</source>
            <translation>simple</translation>
        </message>
        <message>
            <source>'%1' in namespace '%2' exists, but it is not a veth paired with '%3' in '%4' as the lab wants.</source>
            <translation>'%1' existe dans l'espace de noms '%2', mais ce n'est pas un veth apparié à '%3' dans '%4' comme le veut le labo.</translation>
        </message>
        <message>
            <source>'%1' in namespace '%2' is a %3 link, which a lab cannot describe.</source>
            <translation>'%1' dans l'espace de noms '%2' est un lien %3, qu'un labo ne peut pas décrire.</translation>
        </message>
        <message>
            <source>The veth '%1' in namespace '%2' is left out: its other end is not in a namespace that can be seen.</source>
            <translation>Le veth '%1' dans l'espace de noms '%2' est omis : son autre extrémité n'est pas dans un espace de noms visible.</translation>
        </message>
        <message>
            <source>The veth '%1' in namespace '%2' is left out: its other end is in %3, which is not saved.</source>
            <translation>Le veth '%1' dans l'espace de noms '%2' est omis : son autre extrémité est dans %3, qui n'est pas enregistré.</translation>
        </message>
        <message>
            <source>The route to %1 in namespace '%2' is left out: it goes through '%3', which is not saved.</source>
            <translation>La route vers %1 dans l'espace de noms '%2' est omise : elle passe par '%3', qui n'est pas enregistré.</translation>
        </message>
        <message>
            <source>The topology has no host namespace to put the lab's host links in.</source>
            <translation>La topologie n'a pas d'espace de noms de l'hôte où placer les liens d'hôte du labo.</translation>
        </message>
        <message>
            <source>The topology has no host namespace.</source>
            <translation>La topologie n'a pas d'espace de noms de l'hôte.</translation>
        </message>
        <message>
            <source>There are no named namespaces to save.</source>
            <translation>Il n'y a pas d'espace de noms nommé à enregistrer.</translation>
        </message>
        <message>
            <source>The host's own namespace is not saved as a whole; its veth ends and bridges come along with the namespaces they connect.</source>
            <translation>L'espace de noms de l'hôte n'est pas enregistré en entier ; ses extrémités veth et ses ponts viennent avec les espaces de noms qu'ils relient.</translation>
        </message>
        <message>
            <source>There is no namespace named '%1'.</source>
            <translation>Il n'y a pas d'espace de noms nommé '%1'.</translation>
        </message>
    </context>
    <context>
        <name>LabYaml</name>
        <message>
            <source>a lab: a mapping with 'namespaces' and 'links'</source>
            <translation>un labo : un dictionnaire avec 'namespaces' et 'links'</translation>
        </message>
        <message>
            <source>the format version</source>
            <translation>la version du format</translation>
        </message>
        <message>
            <source>expected version %1; this program reads no other.</source>
            <translation>version %1 attendue ; ce programme n'en lit pas d'autre.</translation>
        </message>
        <message>
            <source>a title (text)</source>
            <translation>un titre (texte)</translation>
        </message>
        <message>
            <source>a list of namespaces</source>
            <translation>une liste d'espaces de noms</translation>
        </message>
        <message>
            <source>a list of links</source>
            <translation>une liste de liens</translation>
        </message>
        <message>
            <source>expected %1.</source>
            <translation>attendu : %1.</translation>
        </message>
        <message>
            <source>unknown key '%1'; expected one of: %2.</source>
            <translation>clé inconnue '%1' ; attendu l'une de : %2.</translation>
        </message>
        <message>
            <source>the key '%1' is given twice.</source>
            <translation>la clé '%1' est donnée deux fois.</translation>
        </message>
        <message>
            <source>'%1' is missing: expected %2.</source>
            <translation>'%1' manque : attendu : %2.</translation>
        </message>
        <message>
            <source>expected %1: true or false.</source>
            <translation>attendu : %1 : true ou false.</translation>
        </message>
        <message>
            <source>expected %1, a whole number from %2 to %3.</source>
            <translation>attendu : %1, un nombre entier de %2 à %3.</translation>
        </message>
        <message>
            <source>expected %1, a number.</source>
            <translation>attendu : %1, un nombre.</translation>
        </message>
        <message>
            <source>a list of %1, such as [a, b]</source>
            <translation>une liste de %1, comme [a, b]</translation>
        </message>
        <message>
            <source>a namespace: a mapping with at least 'name'</source>
            <translation>un espace de noms : un dictionnaire avec au moins 'name'</translation>
        </message>
        <message>
            <source>the namespace's name</source>
            <translation>le nom de l'espace de noms</translation>
        </message>
        <message>
            <source>whether lo is up</source>
            <translation>si lo est actif</translation>
        </message>
        <message>
            <source>forwarding: {ipv4: true, ipv6: false}</source>
            <translation>routage : {ipv4: true, ipv6: false}</translation>
        </message>
        <message>
            <source>whether IPv4 is forwarded</source>
            <translation>si IPv4 est routé</translation>
        </message>
        <message>
            <source>whether IPv6 is forwarded</source>
            <translation>si IPv6 est routé</translation>
        </message>
        <message>
            <source>a position: {x: 100, y: 50}</source>
            <translation>une position : {x: 100, y: 50}</translation>
        </message>
        <message>
            <source>a position needs both 'x' and 'y'.</source>
            <translation>une position a besoin de 'x' et de 'y'.</translation>
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
            <translation>une liste de routes</translation>
        </message>
        <message>
            <source>a route: a mapping with 'to' and 'via' or 'dev'</source>
            <translation>une route : un dictionnaire avec 'to' et 'via' ou 'dev'</translation>
        </message>
        <message>
            <source>'default' or a network such as 10.2.0.0/16</source>
            <translation>'default' ou un réseau comme 10.2.0.0/16</translation>
        </message>
        <message>
            <source>a gateway address</source>
            <translation>une adresse de passerelle</translation>
        </message>
        <message>
            <source>an interface name</source>
            <translation>un nom d'interface</translation>
        </message>
        <message>
            <source>a metric</source>
            <translation>une métrique</translation>
        </message>
        <message>
            <source>the namespace it is in</source>
            <translation>l'espace de noms où elle se trouve</translation>
        </message>
        <message>
            <source>the interface's name</source>
            <translation>le nom de l'interface</translation>
        </message>
        <message>
            <source>whether it is up</source>
            <translation>si elle est active</translation>
        </message>
        <message>
            <source>an MTU</source>
            <translation>un MTU</translation>
        </message>
        <message>
            <source>addresses with a prefix length</source>
            <translation>des adresses avec une longueur de préfixe</translation>
        </message>
        <message>
            <source>a link: a mapping with 'type: veth' or 'type: bridge'</source>
            <translation>un lien : un dictionnaire avec 'type: veth' ou 'type: bridge'</translation>
        </message>
        <message>
            <source>'type' is missing: expected veth or bridge.</source>
            <translation>'type' manque : attendu : veth ou bridge.</translation>
        </message>
        <message>
            <source>a link type, veth or bridge</source>
            <translation>un type de lien, veth ou bridge</translation>
        </message>
        <message>
            <source>expected 'ends': a list of the veth pair's two ends.</source>
            <translation>attendu : 'ends', une liste des deux extrémités de la paire veth.</translation>
        </message>
        <message>
            <source>a veth end: a mapping with 'namespace' and 'name'</source>
            <translation>une extrémité veth : un dictionnaire avec 'namespace' et 'name'</translation>
        </message>
        <message>
            <source>port names</source>
            <translation>des noms de ports</translation>
        </message>
        <message>
            <source>unknown link type '%1'; expected veth or bridge.</source>
            <translation>type de lien inconnu '%1' ; attendu : veth ou bridge.</translation>
        </message>
        <message>
            <source>expected one lab; this file holds %1 YAML documents.</source>
            <translation>un seul labo attendu ; ce fichier contient %1 documents YAML.</translation>
        </message>
        <message>
            <source>expected a lab: the file is empty.</source>
            <translation>un labo attendu : le fichier est vide.</translation>
        </message>
        <message>
            <source>this is not valid YAML: %1.</source>
            <translation>ce n'est pas du YAML valide : %1.</translation>
        </message>
        <message>
            <source>cannot read the file: %1</source>
            <translation>impossible de lire le fichier : %1</translation>
        </message>
        <message>
            <source>a lab file may have at most %1 MiB.</source>
            <translation>un fichier de labo peut faire au plus %1 Mio.</translation>
        </message>
        <message>
            <source>whether IPv4 traffic leaving it is masqueraded</source>
            <translation>si le trafic IPv4 qui en sort est masqué (masquerading)</translation>
        </message>
    </context>
    <context>
        <name>Lessons</name>
        <message>
            <source>1. A namespace of its own</source>
            <translation>1. Un espace de noms à soi</translation>
        </message>
        <message>
            <source>The classic first experiment: make a network namespace called blue, connect it to the host with a virtual cable, and see that it is a network of its own. At first, the host cannot reach it.</source>
            <translation>La première expérience classique : créez un espace de noms réseau appelé blue, reliez-le à l'hôte par un câble virtuel, et voyez que c'est un réseau à part. D'abord, l'hôte ne peut pas l'atteindre.</translation>
        </message>
        <message>
            <source>Create a network namespace called blue. It starts with nothing in it but its own loopback interface, lo, switched off.</source>
            <translation>Créez un espace de noms réseau appelé blue. Au début, il ne contient que sa propre interface de boucle locale, lo, éteinte.</translation>
        </message>
        <message>
            <source>Create a veth pair, veth0 and veth1, in the host: two interfaces joined like the ends of a cable. What goes in at one end comes out at the other.</source>
            <translation>Créez une paire veth, veth0 et veth1, dans l'hôte : deux interfaces reliées comme les bouts d'un câble. Ce qui entre par un bout sort par l'autre.</translation>
        </message>
        <message>
            <source>Move veth1 into blue. The cable now runs from the host into blue.</source>
            <translation>Déplacez veth1 dans blue. Le câble va maintenant de l'hôte jusque dans blue.</translation>
        </message>
        <message>
            <source>Give veth1 the address 10.1.1.1/24.</source>
            <translation>Donnez à veth1 l'adresse 10.1.1.1/24.</translation>
        </message>
        <message>
            <source>Bring lo and veth1 in blue up. An interface that is down neither sends nor receives.</source>
            <translation>Activez lo et veth1 dans blue. Une interface inactive n'envoie ni ne reçoit rien.</translation>
        </message>
        <message>
            <source>Ping 10.1.1.1 from inside blue. The address is blue's own, so this works.</source>
            <translation>Pinguez 10.1.1.1 depuis blue. L'adresse est celle de blue, donc cela marche.</translation>
        </message>
        <message>
            <source>Now ping 10.1.1.1 from the host. This fails: blue is a network of its own and the host knows no way there. The reason is shown below.</source>
            <translation>Pinguez maintenant 10.1.1.1 depuis l'hôte. Cela échoue : blue est un réseau à part et l'hôte ne connaît pas de chemin pour y aller. La raison s'affiche en dessous.</translation>
        </message>
        <message>
            <source>Give the host's end of the cable, veth0, the address 10.1.1.2/24.</source>
            <translation>Donnez au bout du câble côté hôte, veth0, l'adresse 10.1.1.2/24.</translation>
        </message>
        <message>
            <source>Bring veth0 up. With its address, this gives the host a route to 10.1.1.0/24 through veth0.</source>
            <translation>Activez veth0. Avec son adresse, l'hôte obtient ainsi une route vers 10.1.1.0/24 par veth0.</translation>
        </message>
        <message>
            <source>Ping 10.1.1.1 from the host again: now it works.</source>
            <translation>Pinguez de nouveau 10.1.1.1 depuis l'hôte : maintenant cela marche.</translation>
        </message>
        <message>
            <source>And the other way: ping 10.1.1.2, the host's end, from inside blue.</source>
            <translation>Et dans l'autre sens : pinguez 10.1.1.2, le bout côté hôte, depuis blue.</translation>
        </message>
        <message>
            <source>2. Two namespaces and a bridge</source>
            <translation>2. Deux espaces de noms et un pont</translation>
        </message>
        <message>
            <source>A bridge is a virtual switch. Connect two namespaces, red and green, to a bridge in the host, and they can reach each other.</source>
            <translation>Un pont est un commutateur virtuel. Reliez deux espaces de noms, red et green, à un pont dans l'hôte, et ils peuvent se joindre.</translation>
        </message>
        <message>
            <source>Create two namespaces, red and green.</source>
            <translation>Créez deux espaces de noms, red et green.</translation>
        </message>
        <message>
            <source>Create a veth pair for each: vred in the host with eth0 in red, and vgreen in the host with eth0 in green. Each namespace has an eth0 of its own: a name needs to be unique only inside its namespace.</source>
            <translation>Créez une paire veth pour chacun : vred dans l'hôte avec eth0 dans red, et vgreen dans l'hôte avec eth0 dans green. Chaque espace de noms a son propre eth0 : un nom n'a besoin d'être unique que dans son espace de noms.</translation>
        </message>
        <message>
            <source>Give red's eth0 the address 10.2.2.1/24 and green's eth0 10.2.2.2/24, and bring both up.</source>
            <translation>Donnez à l'eth0 de red l'adresse 10.2.2.1/24 et à celui de green 10.2.2.2/24, puis activez les deux.</translation>
        </message>
        <message>
            <source>Ping 10.2.2.2, green's address, from red. This fails: the host's ends, vred and vgreen, are down and joined to nothing. The reason is shown below.</source>
            <translation>Pinguez 10.2.2.2, l'adresse de green, depuis red. Cela échoue : les bouts côté hôte, vred et vgreen, sont inactifs et reliés à rien. La raison s'affiche en dessous.</translation>
        </message>
        <message>
            <source>Create a bridge, br0, in the host and bring it up.</source>
            <translation>Créez un pont, br0, dans l'hôte et activez-le.</translation>
        </message>
        <message>
            <source>Plug vred and vgreen into br0 and bring them up. The bridge now joins the two cables, as a switch would.</source>
            <translation>Branchez vred et vgreen sur br0 et activez-les. Le pont relie maintenant les deux câbles, comme le ferait un commutateur.</translation>
        </message>
        <message>
            <source>Ping 10.2.2.2 from red again: now it works.</source>
            <translation>Pinguez de nouveau 10.2.2.2 depuis red : maintenant cela marche.</translation>
        </message>
        <message>
            <source>And the other way: ping 10.2.2.1 from green.</source>
            <translation>Et dans l'autre sens : pinguez 10.2.2.1 depuis green.</translation>
        </message>
        <message>
            <source>3. Reaching the outside through forwarding and NAT</source>
            <translation>3. Atteindre l'extérieur par le routage et le NAT</translation>
        </message>
        <message>
            <source>How a namespace reaches the network beyond its host. A namespace called outside stands in for the physical network; the host is the router between it and blue. Forwarding lets the host pass blue's packets on, and masquerading (NAT) lets the answers find their way back.</source>
            <translation>Comment un espace de noms atteint le réseau au-delà de son hôte. Un espace de noms appelé outside tient lieu de réseau physique ; l'hôte est le routeur entre lui et blue. Le routage permet à l'hôte de transmettre les paquets de blue, et le masquerading (NAT) permet aux réponses de retrouver leur chemin.</translation>
        </message>
        <message>
            <source>Create two namespaces: outside, the stand-in for the physical network, and blue.</source>
            <translation>Créez deux espaces de noms : outside, qui tient lieu de réseau physique, et blue.</translation>
        </message>
        <message>
            <source>Connect both to the host: vout in the host with eth0 in outside, and vblue in the host with eth0 in blue.</source>
            <translation>Reliez les deux à l'hôte : vout dans l'hôte avec eth0 dans outside, et vblue dans l'hôte avec eth0 dans blue.</translation>
        </message>
        <message>
            <source>Address the outside link: 203.0.113.1/24 on outside's eth0 and 203.0.113.2/24 on vout, both up.</source>
            <translation>Adressez le lien extérieur : 203.0.113.1/24 sur eth0 de outside et 203.0.113.2/24 sur vout, tous deux actifs.</translation>
        </message>
        <message>
            <source>Address the inside link: 10.3.3.1/24 on blue's eth0 and 10.3.3.2/24 on vblue, both up. Then give blue a default route via the host, 10.3.3.2: everything blue does not know goes there.</source>
            <translation>Adressez le lien intérieur : 10.3.3.1/24 sur eth0 de blue et 10.3.3.2/24 sur vblue, tous deux actifs. Donnez ensuite à blue une route par défaut via l'hôte, 10.3.3.2 : tout ce que blue ne connaît pas y va.</translation>
        </message>
        <message>
            <source>Turn on IPv4 forwarding in the host, so that it passes on packets that are not for itself.</source>
            <translation>Activez le routage IPv4 dans l'hôte, pour qu'il transmette les paquets qui ne sont pas pour lui.</translation>
        </message>
        <message>
            <source>Ping 203.0.113.1 from blue. The host forwards the request, but this still fails: outside has no route back to blue's 10.3.3.1, so the reply goes nowhere. The reason is shown below.</source>
            <translation>Pinguez 203.0.113.1 depuis blue. L'hôte transmet la requête, mais cela échoue encore : outside n'a pas de route de retour vers 10.3.3.1 de blue, donc la réponse ne va nulle part. La raison est indiquée ci-dessous.</translation>
        </message>
        <message>
            <source>Turn on masquerading for what leaves the host by vout. The host then gives blue's packets its own address on vout, 203.0.113.2, which outside can answer, and turns the answers back.</source>
            <translation>Activez le masquerading pour ce qui quitte l'hôte par vout. L'hôte donne alors aux paquets de blue sa propre adresse sur vout, 203.0.113.2, à laquelle outside peut répondre, et renvoie les réponses.</translation>
        </message>
        <message>
            <source>Ping 203.0.113.1 from blue again: now it works. Outside sees the ping come from 203.0.113.2.</source>
            <translation>Pinguez de nouveau 203.0.113.1 depuis blue : maintenant cela fonctionne. outside voit le ping venir de 203.0.113.2.</translation>
        </message>
    </context>
    <context>
        <name>Netlink</name>
        <message>
            <source>Unspecific failure</source>
            <translation>Échec non précisé</translation>
        </message>
        <message>
            <source>Out of memory</source>
            <translation>Mémoire épuisée</translation>
        </message>
        <message>
            <source>Object exists</source>
            <translation>L'objet existe déjà</translation>
        </message>
        <message>
            <source>Invalid input data or parameter</source>
            <translation>Données d'entrée ou paramètre invalides</translation>
        </message>
        <message>
            <source>Input data out of range</source>
            <translation>Données d'entrée hors limites</translation>
        </message>
        <message>
            <source>Operation not supported</source>
            <translation>Opération non supportée</translation>
        </message>
        <message>
            <source>Address family not supported</source>
            <translation>Famille d'adresses non supportée</translation>
        </message>
        <message>
            <source>Object not found</source>
            <translation>Objet introuvable</translation>
        </message>
        <message>
            <source>Invalid address for specified address family</source>
            <translation>Adresse invalide pour la famille d'adresses indiquée</translation>
        </message>
        <message>
            <source>Object busy</source>
            <translation>Objet occupé</translation>
        </message>
        <message>
            <source>No Access</source>
            <translation>Accès refusé</translation>
        </message>
        <message>
            <source>Operation not permitted</source>
            <translation>Opération non permise</translation>
        </message>
        <message>
            <source>No such device</source>
            <translation>Aucun périphérique de ce type</translation>
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
            <translation>Diagramme des espaces de noms réseau</translation>
        </message>
        <message>
            <source>Drag a box's + handle to another box to make a veth pair; drag an interface onto another box to move it there; double-click empty space for a new namespace.</source>
            <translation>Faites glisser la poignée + d'une boîte sur une autre boîte pour créer une paire veth ; faites glisser une interface sur une autre boîte pour l'y déplacer ; double-cliquez dans un espace vide pour un nouvel espace de noms.</translation>
        </message>
        <message>
            <source>Nothing selected. The inventory lists every namespace and interface.</source>
            <translation>Rien de choisi. L'inventaire liste chaque espace de noms et chaque interface.</translation>
        </message>
        <message>
            <source>Selected: %1</source>
            <translation>Choisi : %1</translation>
        </message>
    </context>
    <context>
        <name>NetnsStudio::EditController</name>
        <message>
            <source>Not allowed, so nothing was changed: %1</source>
            <translation>Non autorisé, donc rien n'a été modifié : %1</translation>
        </message>
        <message>
            <source>Nothing was changed: %1</source>
            <translation>Rien n'a été modifié : %1</translation>
        </message>
        <message>
            <source>The helper is not available, so nothing can be changed now.</source>
            <translation>Le service auxiliaire n'est pas disponible, donc rien ne peut être modifié pour l'instant.</translation>
        </message>
        <message>
            <source>New namespace %1</source>
            <translation>Nouvel espace de noms %1</translation>
        </message>
        <message>
            <source>Delete namespace %1</source>
            <translation>Supprimer l'espace de noms %1</translation>
        </message>
        <message>
            <source>New veth pair %1/%2</source>
            <translation>Nouvelle paire veth %1/%2</translation>
        </message>
        <message>
            <source>Move %1 to %2</source>
            <translation>Déplacer %1 vers %2</translation>
        </message>
        <message>
            <source>Rename %1 to %2</source>
            <translation>Renommer %1 en %2</translation>
        </message>
        <message>
            <source>Bring %1 up</source>
            <translation>Activer %1</translation>
        </message>
        <message>
            <source>Take %1 down</source>
            <translation>Désactiver %1</translation>
        </message>
        <message>
            <source>Set the MTU of %1 to %2</source>
            <translation>Régler le MTU de %1 à %2</translation>
        </message>
        <message>
            <source>Add %1 to %2</source>
            <translation>Ajouter %1 à %2</translation>
        </message>
        <message>
            <source>Remove %1 from %2</source>
            <translation>Retirer %1 de %2</translation>
        </message>
        <message>
            <source>Masquerade traffic leaving %1</source>
            <translation>Masquer le trafic qui sort par %1</translation>
        </message>
        <message>
            <source>Stop masquerading traffic leaving %1</source>
            <translation>Ne plus masquer le trafic qui sort par %1</translation>
        </message>
        <message>
            <source>Delete %1</source>
            <translation>Supprimer %1</translation>
        </message>
    </context>
    <context>
        <name>NetnsStudio::InventoryModel</name>
        <message>
            <source>host namespace</source>
            <translation>espace de noms de l'hôte</translation>
        </message>
        <message>
            <source>named namespace</source>
            <translation>espace de noms nommé</translation>
        </message>
        <message>
            <source>held by a process</source>
            <translation>tenu par un processus</translation>
        </message>
        <message>
            <source>container</source>
            <translation>conteneur</translation>
        </message>
        <message>
            <source>up</source>
            <translation>actif</translation>
        </message>
        <message>
            <source>down</source>
            <translation>inactif</translation>
        </message>
        <message>
            <source>state %1</source>
            <translation>état %1</translation>
        </message>
        <message>
            <source>mtu %1</source>
            <translation>mtu %1</translation>
        </message>
        <message>
            <source>port of %1</source>
            <translation>port de %1</translation>
        </message>
        <message>
            <source>#%1</source>
            <translation>n° %1</translation>
        </message>
        <message>
            <source>peer %1 in %2</source>
            <translation>pair %1 dans %2</translation>
        </message>
        <message>
            <source>peer %1 in a namespace not visible</source>
            <translation>pair %1 dans un espace de noms non visible</translation>
        </message>
        <message>
            <source>via %1</source>
            <translation>via %1</translation>
        </message>
        <message>
            <source>dev %1</source>
            <translation>dev %1</translation>
        </message>
        <message>
            <source>scope %1</source>
            <translation>portée %1</translation>
        </message>
        <message>
            <source>proto %1</source>
            <translation>proto %1</translation>
        </message>
        <message>
            <source>metric %1</source>
            <translation>métrique %1</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Détails</translation>
        </message>
        <message>
            <source>%1, id %2</source>
            <translation>%1, id %2</translation>
        </message>
        <message>
            <source>address</source>
            <translation>adresse</translation>
        </message>
        <message>
            <source>Routes</source>
            <translation>Routes</translation>
        </message>
        <message numerus="yes">
            <source>%n route(s)</source>
            <translation>
                <numerusform>%n route</numerusform>
                <numerusform>%n routes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NetnsStudio::LabFiles</name>
        <message>
            <source>Close Preview</source>
            <translation>Fermer l'aperçu</translation>
        </message>
        <message>
            <source>Make what the preview shows, as one step that Undo takes back</source>
            <translation>Créer ce que montre l'aperçu, en une étape qu'Annuler défait</translation>
        </message>
        <message>
            <source>Forget the preview; nothing is changed (Esc)</source>
            <translation>Oublier l'aperçu ; rien n'est modifié (Échap)</translation>
        </message>
        <message>
            <source>&amp;Open Lab…</source>
            <translation>&amp;Ouvrir un lab…</translation>
        </message>
        <message>
            <source>Read a lab file and preview what applying it would add</source>
            <translation>Lire un fichier de lab et montrer en aperçu ce que son application ajouterait</translation>
        </message>
        <message>
            <source>Recent &amp;Labs</source>
            <translation>&amp;Labs récents</translation>
        </message>
        <message>
            <source>&amp;Save Selection as Lab…</source>
            <translation>&amp;Enregistrer la sélection comme lab…</translation>
        </message>
        <message>
            <source>Write the selected namespaces (all named ones when none is selected) as a lab file</source>
            <translation>Écrire les espaces de noms sélectionnés (tous ceux qui ont un nom si aucun n'est sélectionné) dans un fichier de lab</translation>
        </message>
        <message>
            <source>&amp;Tear Down Lab…</source>
            <translation>&amp;Démonter un lab…</translation>
        </message>
        <message>
            <source>Remove what a lab file describes from this host</source>
            <translation>Retirer de cet hôte ce que décrit un fichier de lab</translation>
        </message>
        <message>
            <source>The lab %1 cannot be read, so nothing was changed:
%2</source>
            <translation>Le lab %1 ne peut pas être lu, donc rien n'a été modifié :
%2</translation>
        </message>
        <message>
            <source>The lab “%1” cannot be applied here: %2</source>
            <translation>Le lab « %1 » ne peut pas être appliqué ici : %2</translation>
        </message>
        <message>
            <source>Lab “%1”: already there, nothing to apply.</source>
            <translation>Lab « %1 » : déjà là, rien à appliquer.</translation>
        </message>
        <message>
            <source>Preview of the lab “%1”: what is drawn dashed is not yet on the host.</source>
            <translation>Aperçu du lab « %1 » : ce qui est dessiné en pointillés n'est pas encore sur l'hôte.</translation>
        </message>
        <message numerus="yes">
            <source>Applying it makes %n namespace(s)</source>
            <translation>
                <numerusform>L'appliquer crée %n espace de noms</numerusform>
                <numerusform>L'appliquer crée %n espaces de noms</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>and %n interface(s)</source>
            <translation>
                <numerusform>et %n interface</numerusform>
                <numerusform>et %n interfaces</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in %n step(s).</source>
            <translation>
                <numerusform>en %n étape.</numerusform>
                <numerusform>en %n étapes.</numerusform>
            </translation>
        </message>
        <message>
            <source>The helper is not available, so the lab cannot be applied now.</source>
            <translation>Le service auxiliaire n'est pas disponible, donc le lab ne peut pas être appliqué maintenant.</translation>
        </message>
        <message numerus="yes">
            <source>Applying the lab “%1”: %n step(s)…</source>
            <translation>
                <numerusform>Application du lab « %1 » : %n étape…</numerusform>
                <numerusform>Application du lab « %1 » : %n étapes…</numerusform>
            </translation>
        </message>
        <message>
            <source>Apply lab %1</source>
            <translation>Appliquer le lab %1</translation>
        </message>
        <message>
            <source>The lab “%1” cannot be torn down here: %2</source>
            <translation>Le lab « %1 » ne peut pas être démonté ici : %2</translation>
        </message>
        <message>
            <source>Nothing of the lab “%1” is on this host: nothing to tear down.</source>
            <translation>Rien du lab « %1 » n'est sur cet hôte : rien à démonter.</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more</source>
            <translation>
                <numerusform>… et %n de plus</numerusform>
                <numerusform>… et %n de plus</numerusform>
            </translation>
        </message>
        <message>
            <source>Tear Down Lab</source>
            <translation>Démonter le lab</translation>
        </message>
        <message>
            <source>Tear down the lab “%1”? Its namespaces go with everything in them:

%2

Undo makes the lab again as the file describes it.</source>
            <translation>Démonter le lab « %1 » ? Ses espaces de noms disparaissent avec tout ce qu'ils contiennent :

%2

Annuler recrée le lab tel que le fichier le décrit.</translation>
        </message>
        <message>
            <source>Tear down lab %1</source>
            <translation>Démonter le lab %1</translation>
        </message>
        <message>
            <source>Cannot save the lab: %1</source>
            <translation>Impossible d'enregistrer le lab : %1</translation>
        </message>
        <message>
            <source>Cannot save %1: %2</source>
            <translation>Impossible d'enregistrer %1 : %2</translation>
        </message>
        <message numerus="yes">
            <source>Saved %n namespace(s) as %1.</source>
            <translation>
                <numerusform>%n espace de noms enregistré sous %1.</numerusform>
                <numerusform>%n espaces de noms enregistrés sous %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Left out, as a lab cannot say it:</source>
            <translation>Laissé de côté, car un lab ne peut pas l'exprimer :</translation>
        </message>
        <message>
            <source>Open Lab</source>
            <translation>Ouvrir un lab</translation>
        </message>
        <message>
            <source>Lab files (*.yaml *.yml);;All files (*)</source>
            <translation>Fichiers de lab (*.yaml *.yml);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Save Selection as Lab</source>
            <translation>Enregistrer la sélection comme lab</translation>
        </message>
        <message>
            <source>Lab files (*.yaml *.yml)</source>
            <translation>Fichiers de lab (*.yaml *.yml)</translation>
        </message>
        <message>
            <source>%1 is no longer there, so it was taken off Recent Labs.</source>
            <translation>%1 n'existe plus, il a donc été retiré des labs récents.</translation>
        </message>
        <message>
            <source>No recent labs</source>
            <translation>Aucun lab récent</translation>
        </message>
        <message>
            <source>&amp;Clear the List</source>
            <translation>&amp;Vider la liste</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Appliquer</translation>
        </message>
    </context>
    <context>
        <name>NetnsStudio::LabPreview</name>
        <message>
            <source>Not yet on the host: applying the lab makes it.</source>
            <translation>Pas encore sur l'hôte : appliquer le lab le crée.</translation>
        </message>
        <message>
            <source>not yet on the host</source>
            <translation>pas encore sur l'hôte</translation>
        </message>
        <message>
            <source>bridge</source>
            <translation>pont</translation>
        </message>
        <message>
            <source>bridge, %1</source>
            <translation>pont, %1</translation>
        </message>
        <message>
            <source>Added to %1</source>
            <translation>Ajouté à %1</translation>
        </message>
        <message>
            <source>veth pair %1 – %2, not yet on the host</source>
            <translation>paire veth %1 – %2, pas encore sur l'hôte</translation>
        </message>
        <message>
            <source>%1 as a port of %2, not yet on the host</source>
            <translation>%1 comme port de %2, pas encore sur l'hôte</translation>
        </message>
    </context>
    <context>
        <name>NetnsStudio::LessonStepView</name>
        <message>
            <source>Copy</source>
            <translation>Copier</translation>
        </message>
        <message>
            <source>Ping</source>
            <translation>Ping</translation>
        </message>
        <message>
            <source>Do It</source>
            <translation>Faire</translation>
        </message>
        <message>
            <source>Commands of step %1</source>
            <translation>Commandes de l'étape %1</translation>
        </message>
        <message>
            <source>Copy the commands of step %1</source>
            <translation>Copier les commandes de l'étape %1</translation>
        </message>
        <message>
            <source>Copy the commands, to paste them into a terminal</source>
            <translation>Copier les commandes, pour les coller dans un terminal</translation>
        </message>
        <message>
            <source>Ping for step %1</source>
            <translation>Ping de l'étape %1</translation>
        </message>
        <message>
            <source>Do step %1</source>
            <translation>Faire l'étape %1</translation>
        </message>
        <message>
            <source>Ping through the helper and see what comes back</source>
            <translation>Envoyer un ping par le service auxiliaire et voir ce qui revient</translation>
        </message>
        <message>
            <source>Make this change for me (it is logged and can be undone)</source>
            <translation>Faire ce changement pour moi (il est journalisé et peut être annulé)</translation>
        </message>
        <message>
            <source>Step %1: done</source>
            <translation>Étape %1 : faite</translation>
        </message>
        <message>
            <source>Step %1: not done yet</source>
            <translation>Étape %1 : pas encore faite</translation>
        </message>
        <message>
            <source>Step %1</source>
            <translation>Étape %1</translation>
        </message>
        <message>
            <source>, done</source>
            <translation>, faite</translation>
        </message>
        <message>
            <source>, the next to do</source>
            <translation>, la suivante à faire</translation>
        </message>
    </context>
    <context>
        <name>NetnsStudio::LessonsPanel</name>
        <message>
            <source>&amp;Reset Lesson…</source>
            <translation>&amp;Réinitialiser la leçon…</translation>
        </message>
        <message>
            <source>This is the playground, a private sandbox: nothing you do here touches this computer's network.</source>
            <translation>Ceci est le bac à sable, un espace privé : rien de ce que vous faites ici ne touche au réseau de cet ordinateur.</translation>
        </message>
        <message>
            <source>&amp;Lesson:</source>
            <translation>&amp;Leçon :</translation>
        </message>
        <message>
            <source>Lesson</source>
            <translation>Leçon</translation>
        </message>
        <message>
            <source>Do, or ping for, the highlighted step (%1)</source>
            <translation>Faire l'étape en surbrillance, ou son ping (%1)</translation>
        </message>
        <message>
            <source>Do the next step</source>
            <translation>Faire l'étape suivante</translation>
        </message>
        <message>
            <source>Remove everything this lesson made, to start it again</source>
            <translation>Retirer tout ce que cette leçon a créé, pour la recommencer</translation>
        </message>
        <message>
            <source>Reset lesson</source>
            <translation>Réinitialiser la leçon</translation>
        </message>
        <message>
            <source>All %1 steps done. Well done!</source>
            <translation>Les %1 étapes sont faites. Bravo !</translation>
        </message>
        <message>
            <source>%1 of %2 steps done.</source>
            <translation>%1 étapes faites sur %2.</translation>
        </message>
        <message>
            <source>Step %1 of lesson %2</source>
            <translation>Étape %1 de la leçon %2</translation>
        </message>
        <message>
            <source>Another ping is still under way; try again when it is done.</source>
            <translation>Un autre ping est encore en cours ; réessayez quand il sera fini.</translation>
        </message>
        <message>
            <source>There is no namespace %1 to ping from yet.</source>
            <translation>Il n'y a pas encore d'espace de noms %1 d'où envoyer le ping.</translation>
        </message>
        <message>
            <source>Pinging %1 from %2…</source>
            <translation>Ping de %1 depuis %2…</translation>
        </message>
        <message>
            <source>The ping could not start: %1</source>
            <translation>Le ping n'a pas pu démarrer : %1</translation>
        </message>
        <message>
            <source>%1 of %2 replies, in %3 ms on average.</source>
            <translation>%1 réponses sur %2, en %3 ms en moyenne.</translation>
        </message>
        <message>
            <source>No reply to any of %1 pings.</source>
            <translation>Aucune réponse aux %1 pings.</translation>
        </message>
        <message>
            <source>It works.</source>
            <translation>Cela marche.</translation>
        </message>
        <message>
            <source>As expected.</source>
            <translation>Comme prévu.</translation>
        </message>
        <message>
            <source>This step expects no reply.</source>
            <translation>Cette étape n'attend pas de réponse.</translation>
        </message>
        <message>
            <source>This step expects replies.</source>
            <translation>Cette étape attend des réponses.</translation>
        </message>
        <message>
            <source>Why: %1</source>
            <translation>Pourquoi : %1</translation>
        </message>
        <message>
            <source>Do the steps above first, then ping again.</source>
            <translation>Faites d'abord les étapes au-dessus, puis relancez le ping.</translation>
        </message>
        <message>
            <source>Nothing this lesson makes is there, so there is nothing to remove.</source>
            <translation>Rien de ce que crée cette leçon n'est là, il n'y a donc rien à retirer.</translation>
        </message>
        <message>
            <source>Reset Lesson</source>
            <translation>Réinitialiser la leçon</translation>
        </message>
        <message>
            <source>Remove what the lesson “%1” made, to start it again?</source>
            <translation>Retirer ce que la leçon « %1 » a créé, pour la recommencer ?</translation>
        </message>
        <message>
            <source>These commands will run:</source>
            <translation>Ces commandes seront exécutées :</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Retirer</translation>
        </message>
        <message>
            <source>Do the Ne&amp;xt Step</source>
            <translation>Faire l'étape &amp;suivante</translation>
        </message>
        <message>
            <source>Steps of the lesson</source>
            <translation>Étapes de la leçon</translation>
        </message>
        <message>
            <source>Another ping took the place of this one; ping again.</source>
            <translation>Un autre ping a pris la place de celui-ci ; pinguez de nouveau.</translation>
        </message>
    </context>
    <context>
        <name>NetnsStudio::MainWindow</name>
        <message>
            <source>Netns Studio — Playground (a private sandbox: nothing here touches this computer's network)</source>
            <translation>Netns Studio — Bac à sable (un espace privé : rien ici ne touche au réseau de cet ordinateur)</translation>
        </message>
        <message>
            <source>Netns Studio</source>
            <translation>Netns Studio</translation>
        </message>
        <message>
            <source>The helper is back; the picture is live again.</source>
            <translation>Le service auxiliaire est de retour ; l'image est de nouveau à jour.</translation>
        </message>
        <message>
            <source>The helper stopped. The picture shows the last state read and cannot be changed; reconnecting…</source>
            <translation>Le service auxiliaire s'est arrêté. L'image montre le dernier état lu et ne peut pas être modifiée ; reconnexion…</translation>
        </message>
        <message>
            <source>Reading the namespaces of this host…</source>
            <translation>Lecture des espaces de noms de cet hôte…</translation>
        </message>
        <message>
            <source>Inventory of namespaces</source>
            <translation>Inventaire des espaces de noms</translation>
        </message>
        <message>
            <source>Inventory</source>
            <translation>Inventaire</translation>
        </message>
        <message>
            <source>Lessons</source>
            <translation>Leçons</translation>
        </message>
        <message>
            <source>Properties</source>
            <translation>Propriétés</translation>
        </message>
        <message>
            <source>Command log</source>
            <translation>Journal des commandes</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Copier</translation>
        </message>
        <message>
            <source>Copy the selected commands (all, when none is selected)</source>
            <translation>Copier les commandes choisies (toutes, si aucune n'est choisie)</translation>
        </message>
        <message>
            <source>&amp;Save as Script…</source>
            <translation>Enre&amp;gistrer comme script…</translation>
        </message>
        <message>
            <source>Save the commands that were done as a bash script</source>
            <translation>Enregistrer les commandes exécutées comme script bash</translation>
        </message>
        <message>
            <source>Save Commands as Script</source>
            <translation>Enregistrer les commandes comme script</translation>
        </message>
        <message>
            <source>Shell scripts (*.sh)</source>
            <translation>Scripts shell (*.sh)</translation>
        </message>
        <message>
            <source>Cannot save %1: %2</source>
            <translation>Impossible d'enregistrer %1 : %2</translation>
        </message>
        <message>
            <source>Command Log</source>
            <translation>Journal des commandes</translation>
        </message>
        <message>
            <source>Tools</source>
            <translation>Outils</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <source>&amp;Export Diagram…</source>
            <translation>&amp;Exporter le diagramme…</translation>
        </message>
        <message>
            <source>Save the diagram as SVG or PNG</source>
            <translation>Enregistrer le diagramme en SVG ou PNG</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>Close Netns Studio</source>
            <translation>Fermer Netns Studio</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>É&amp;dition</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Annuler</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Rétablir</translation>
        </message>
        <message>
            <source>&amp;New Namespace…</source>
            <translation>&amp;Nouvel espace de noms…</translation>
        </message>
        <message>
            <source>Create a named network namespace</source>
            <translation>Créer un espace de noms réseau nommé</translation>
        </message>
        <message>
            <source>New &amp;Veth Pair…</source>
            <translation>Nouvelle paire &amp;veth…</translation>
        </message>
        <message>
            <source>Create a veth pair (or drag a box's + handle to another box)</source>
            <translation>Créer une paire veth (ou faire glisser la poignée + d'une boîte sur une autre)</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Supprimer</translation>
        </message>
        <message>
            <source>Delete the selected namespace, interface or veth pair</source>
            <translation>Supprimer l'espace de noms, l'interface ou la paire veth choisi</translation>
        </message>
        <message>
            <source>Re&amp;name…</source>
            <translation>Ren&amp;ommer…</translation>
        </message>
        <message>
            <source>Rename the selected interface</source>
            <translation>Renommer l'interface choisie</translation>
        </message>
        <message>
            <source>Add &amp;Address…</source>
            <translation>A&amp;jouter une adresse…</translation>
        </message>
        <message>
            <source>Give the selected interface an address</source>
            <translation>Donner une adresse à l'interface choisie</translation>
        </message>
        <message>
            <source>Bring &amp;Up or Down</source>
            <translation>A&amp;ctiver ou désactiver</translation>
        </message>
        <message>
            <source>Switch the selected interface on or off</source>
            <translation>Allumer ou éteindre l'interface choisie</translation>
        </message>
        <message>
            <source>Set &amp;MTU…</source>
            <translation>Régler le &amp;MTU…</translation>
        </message>
        <message>
            <source>Set MTU</source>
            <translation>Régler le MTU</translation>
        </message>
        <message>
            <source>MTU of %1 (bytes):</source>
            <translation>MTU de %1 (octets) :</translation>
        </message>
        <message>
            <source>Set the largest packet the selected interface sends</source>
            <translation>Régler le plus grand paquet que l'interface choisie envoie</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>Affic&amp;hage</translation>
        </message>
        <message>
            <source>Zoom &amp;In</source>
            <translation>Zoom a&amp;vant</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>Zoom avant</translation>
        </message>
        <message>
            <source>Zoom &amp;Out</source>
            <translation>Zoom a&amp;rrière</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>Zoom arrière</translation>
        </message>
        <message>
            <source>&amp;Actual Size</source>
            <translation>&amp;Taille réelle</translation>
        </message>
        <message>
            <source>Show the diagram at 100%</source>
            <translation>Afficher le diagramme à 100 %</translation>
        </message>
        <message>
            <source>&amp;Fit to Window</source>
            <translation>A&amp;juster à la fenêtre</translation>
        </message>
        <message>
            <source>Show the whole diagram</source>
            <translation>Afficher tout le diagramme</translation>
        </message>
        <message>
            <source>Re-&amp;layout</source>
            <translation>Ré&amp;organiser</translation>
        </message>
        <message>
            <source>Place every box anew (forgets where you put them)</source>
            <translation>Replacer chaque boîte (oublie où vous les aviez mises)</translation>
        </message>
        <message>
            <source>Show &amp;Loopback Interfaces</source>
            <translation>Afficher les interfaces &amp;loopback</translation>
        </message>
        <message>
            <source>Show the Host's &amp;Physical Interfaces</source>
            <translation>Afficher les interfaces &amp;physiques de l'hôte</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>A&amp;ctualiser</translation>
        </message>
        <message>
            <source>Read the namespaces of this host again</source>
            <translation>Relire les espaces de noms de cet hôte</translation>
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation>Rec&amp;hercher…</translation>
        </message>
        <message>
            <source>Find a namespace, interface or address</source>
            <translation>Rechercher un espace de noms, une interface ou une adresse</translation>
        </message>
        <message>
            <source>&amp;Panels</source>
            <translation>Pan&amp;neaux</translation>
        </message>
        <message>
            <source>&amp;Tools</source>
            <translation>&amp;Outils</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>A&amp;ide</translation>
        </message>
        <message>
            <source>&amp;About Netns Studio</source>
            <translation>À &amp;propos de Netns Studio</translation>
        </message>
        <message>
            <source>About Netns Studio</source>
            <translation>À propos de Netns Studio</translation>
        </message>
        <message>
            <source>Netns Studio %1

Shows the network namespaces of this computer as boxes and veth pairs as wires, and lets you change them. Every change is also shown as the ip command it amounts to.</source>
            <translation>Netns Studio %1

Montre les espaces de noms réseau de cet ordinateur comme des boîtes et les paires veth comme des fils, et vous permet de les modifier. Chaque changement est aussi montré sous la forme de la commande ip équivalente.</translation>
        </message>
        <message>
            <source>Find namespace, interface, address</source>
            <translation>Rechercher…</translation>
        </message>
        <message>
            <source>Find</source>
            <translation>Rechercher</translation>
        </message>
        <message>
            <source>New Namespace</source>
            <translation>Nouvel espace de noms</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nom :</translation>
        </message>
        <message>
            <source>A namespace named '%1' already exists.</source>
            <translation>Un espace de noms nommé '%1' existe déjà.</translation>
        </message>
        <message>
            <source>New Veth Pair</source>
            <translation>Nouvelle paire veth</translation>
        </message>
        <message>
            <source>End in %1:</source>
            <translation>Extrémité dans %1 :</translation>
        </message>
        <message>
            <source>Delete Interface</source>
            <translation>Supprimer l'interface</translation>
        </message>
        <message>
            <source>%1 is not a virtual interface, and deleting it cannot be undone. Delete it?</source>
            <translation>%1 n'est pas une interface virtuelle, et sa suppression ne peut pas être annulée. La supprimer ?</translation>
        </message>
        <message>
            <source>%1 has no name to delete: it lives as long as the processes that hold it.</source>
            <translation>%1 n'a pas de nom à supprimer : il vit aussi longtemps que les processus qui le tiennent.</translation>
        </message>
        <message>
            <source>Delete Namespace</source>
            <translation>Supprimer l'espace de noms</translation>
        </message>
        <message numerus="yes">
            <source>Namespace %1 still has %n interface(s). Deleting it deletes them too, and undo brings back only an empty namespace. Delete it?</source>
            <translation>
                <numerusform>L'espace de noms %1 a encore %n interface. Le supprimer la supprime aussi, et annuler ne ramène qu'un espace de noms vide. Le supprimer ?</numerusform>
                <numerusform>L'espace de noms %1 a encore %n interfaces. Le supprimer les supprime aussi, et annuler ne ramène qu'un espace de noms vide. Le supprimer ?</numerusform>
            </translation>
        </message>
        <message>
            <source>Export Diagram</source>
            <translation>Exporter le diagramme</translation>
        </message>
        <message>
            <source>SVG images (*.svg);;PNG images (*.png)</source>
            <translation>Images SVG (*.svg);;Images PNG (*.png)</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>%1 enregistré</translation>
        </message>
        <message>
            <source>New Namespace…</source>
            <translation>Nouvel espace de noms…</translation>
        </message>
        <message>
            <source>Re-layout</source>
            <translation>Réorganiser</translation>
        </message>
        <message>
            <source>Take Down</source>
            <translation>Désactiver</translation>
        </message>
        <message>
            <source>Bring Up</source>
            <translation>Activer</translation>
        </message>
        <message>
            <source>Add Address…</source>
            <translation>Ajouter une adresse…</translation>
        </message>
        <message>
            <source>Remove Address</source>
            <translation>Retirer l'adresse</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>Renommer…</translation>
        </message>
        <message>
            <source>Masquerade outgoing traffic (NAT)</source>
            <translation>Masquer le trafic sortant (NAT)</translation>
        </message>
        <message>
            <source>Move to</source>
            <translation>Déplacer vers</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>New Veth Pair Here…</source>
            <translation>Nouvelle paire veth ici…</translation>
        </message>
        <message>
            <source>New Veth Pair to</source>
            <translation>Nouvelle paire veth vers</translation>
        </message>
        <message>
            <source>Found in %1</source>
            <translation>Trouvé dans %1</translation>
        </message>
        <message>
            <source>Nothing matches '%1'.</source>
            <translation>Rien ne correspond à '%1'.</translation>
        </message>
        <message>
            <source>You are not allowed to read the network namespaces of this host: %1</source>
            <translation>Vous n'avez pas le droit de lire les espaces de noms réseau de cet hôte : %1</translation>
        </message>
        <message>
            <source>The Netns Studio helper is not installed on this host, so nothing can be shown. (%1)</source>
            <translation>Le service auxiliaire de Netns Studio n'est pas installé sur cet hôte, donc rien ne peut être affiché. (%1)</translation>
        </message>
        <message>
            <source>The helper could not read the namespaces: %1</source>
            <translation>Le service auxiliaire n'a pas pu lire les espaces de noms : %1</translation>
        </message>
        <message>
            <source>Reading failed.</source>
            <translation>La lecture a échoué.</translation>
        </message>
        <message numerus="yes">
            <source>%n namespace(s)</source>
            <translation>
                <numerusform>%n espace de noms</numerusform>
                <numerusform>%n espaces de noms</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n interface(s)</source>
            <translation>
                <numerusform>%n interface</numerusform>
                <numerusform>%n interfaces</numerusform>
            </translation>
        </message>
        <message>
            <source>read at %1</source>
            <translation>lu à %1</translation>
        </message>
    </context>
    <context>
        <name>NetnsStudio::MessageBar</name>
        <message>
            <source>Close this message</source>
            <translation>Fermer ce message</translation>
        </message>
        <message>
            <source>Close message</source>
            <translation>Fermer le message</translation>
        </message>
    </context>
    <context>
        <name>NetnsStudio::NameDialog</name>
        <message>
            <source>The two names must differ.</source>
            <translation>Les deux noms doivent être différents.</translation>
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
            <translation>Ping depuis</translation>
        </message>
        <message>
            <source>Address to ping</source>
            <translation>Adresse à pinguer</translation>
        </message>
        <message>
            <source>an IP address, or click one</source>
            <translation>une adresse IP, ou cliquez-en une</translation>
        </message>
        <message>
            <source>Send three echo requests, one a second, from inside the namespace</source>
            <translation>Envoyer trois requêtes echo, une par seconde, depuis l'espace de noms</translation>
        </message>
        <message>
            <source>Take the ping off the diagram (Esc)</source>
            <translation>Retirer le ping du diagramme (Échap)</translation>
        </message>
        <message>
            <source>Ping replies</source>
            <translation>Réponses au ping</translation>
        </message>
        <message>
            <source>Reply to request %1 after %2 ms</source>
            <translation>Réponse à la requête %1 après %2 ms</translation>
        </message>
        <message>
            <source>No reply to request %1 in time</source>
            <translation>Pas de réponse à temps à la requête %1</translation>
        </message>
        <message>
            <source>Request %1 failed</source>
            <translation>La requête %1 a échoué</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Effacer</translation>
        </message>
        <message>
            <source>Fr&amp;om:</source>
            <translation>D&amp;e :</translation>
        </message>
        <message>
            <source>To:</source>
            <translation>Vers :</translation>
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
            <translation>Effacer le ping</translation>
        </message>
        <message>
            <source>Ping from a namespace: click its box, then click an address or type one</source>
            <translation>Ping depuis un espace de noms : cliquez sa boîte, puis cliquez une adresse ou tapez-en une</translation>
        </message>
        <message>
            <source>Ping from %1…</source>
            <translation>Ping depuis %1…</translation>
        </message>
        <message>
            <source>Ping from Here…</source>
            <translation>Ping depuis ici…</translation>
        </message>
        <message>
            <source>Ping %1 From</source>
            <translation>Pinguer %1 depuis</translation>
        </message>
        <message>
            <source>Click the namespace to ping from.</source>
            <translation>Cliquez l'espace de noms d'où envoyer le ping.</translation>
        </message>
        <message>
            <source>Pinging from %1: click an address on the diagram, or type one and press Enter. Clicking another box pings from there instead. Esc stops.</source>
            <translation>Ping depuis %1 : cliquez une adresse sur le diagramme, ou tapez-en une et appuyez sur Entrée. Cliquer une autre boîte envoie le ping depuis celle-ci. Échap arrête.</translation>
        </message>
        <message>
            <source>There is no namespace with id %1 to ping from.</source>
            <translation>Il n'y a pas d'espace de noms d'id %1 d'où envoyer le ping.</translation>
        </message>
        <message>
            <source>Expected to work: there %1; back %2.</source>
            <translation>Devrait marcher : aller %1 ; retour %2.</translation>
        </message>
        <message>
            <source>Expected to fail: %1</source>
            <translation>Devrait échouer : %1</translation>
        </message>
        <message>
            <source>Ping %1 from %2</source>
            <translation>Ping de %1 depuis %2</translation>
        </message>
        <message>
            <source>The helper refused the ping: %1</source>
            <translation>Le service auxiliaire a refusé le ping : %1</translation>
        </message>
        <message>
            <source>%1 (out of %2)</source>
            <translation>%1 (en sortie par %2)</translation>
        </message>
        <message>
            <source>%1 sent, %2 received.</source>
            <translation>%1 envoyés, %2 reçus.</translation>
        </message>
        <message>
            <source>Round trip: at least %1 ms, on average %2 ms, at most %3 ms.</source>
            <translation>Aller-retour : au moins %1 ms, en moyenne %2 ms, au plus %3 ms.</translation>
        </message>
        <message>
            <source>The explainer expected this ping to fail (%1), but replies came. The ping is the truth: the explainer misses something here.</source>
            <translation>L'explication prévoyait l'échec de ce ping (%1), mais des réponses sont arrivées. Le ping fait foi : l'explication manque quelque chose ici.</translation>
        </message>
        <message>
            <source>The explainer expected replies, but none came. The ping is the truth: something the diagram does not show stops it (a firewall rule, for example).</source>
            <translation>L'explication prévoyait des réponses, mais aucune n'est venue. Le ping fait foi : quelque chose que le diagramme ne montre pas l'arrête (une règle de pare-feu, par exemple).</translation>
        </message>
        <message>
            <source>It stops in %1: %2</source>
            <translation>Il s'arrête dans %1 : %2</translation>
        </message>
        <message>
            <source>%1 of %2 replies, %3 ms on average</source>
            <translation>%1 réponses sur %2, %3 ms en moyenne</translation>
        </message>
    </context>
    <context>
        <name>NetnsStudio::PropertiesPanel</name>
        <message>
            <source>Up (administratively)</source>
            <translation>Actif (administrativement)</translation>
        </message>
        <message>
            <source>Masquerade outgoing traffic (NAT)</source>
            <translation>Masquer le trafic sortant (NAT)</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Ajouter</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <source>Interface name</source>
            <translation>Nom de l'interface</translation>
        </message>
        <message>
            <source>Type a new name and press Enter to rename the interface.</source>
            <translation>Tapez un nouveau nom et appuyez sur Entrée pour renommer l'interface.</translation>
        </message>
        <message>
            <source>Give IPv4 packets that leave by this interface its address as their source, so that replies find their way back.</source>
            <translation>Donner aux paquets IPv4 qui sortent par cette interface son adresse comme source, pour que les réponses retrouvent leur chemin.</translation>
        </message>
        <message>
            <source>MTU</source>
            <translation>MTU</translation>
        </message>
        <message>
            <source>Addresses</source>
            <translation>Adresses</translation>
        </message>
        <message>
            <source>10.1.1.1/24 or fd00::1/64</source>
            <translation>10.1.1.1/24 ou fd00::1/64</translation>
        </message>
        <message>
            <source>New address</source>
            <translation>Nouvelle adresse</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nom :</translation>
        </message>
        <message>
            <source>&amp;MTU:</source>
            <translation>&amp;MTU :</translation>
        </message>
        <message>
            <source>&amp;Addresses:</source>
            <translation>&amp;Adresses :</translation>
        </message>
        <message>
            <source>Nothing selected</source>
            <translation>Rien de choisi</translation>
        </message>
        <message>
            <source>Select a namespace or an interface in the diagram or the inventory.</source>
            <translation>Choisissez un espace de noms ou une interface dans le diagramme ou l'inventaire.</translation>
        </message>
        <message>
            <source>Kind: %1</source>
            <translation>Type : %1</translation>
        </message>
        <message>
            <source>Id (inode): %1</source>
            <translation>Id (inode) : %1</translation>
        </message>
        <message>
            <source>Name: %1</source>
            <translation>Nom : %1</translation>
        </message>
        <message>
            <source>Held by processes: %1</source>
            <translation>Tenu par les processus : %1</translation>
        </message>
        <message numerus="yes">
            <source>%n interface(s), %1 route(s)</source>
            <translation>
                <numerusform>%n interface, %1 route(s)</numerusform>
                <numerusform>%n interfaces, %1 route(s)</numerusform>
            </translation>
        </message>
        <message>
            <source>In: %1</source>
            <translation>Dans : %1</translation>
        </message>
        <message>
            <source>State: %1</source>
            <translation>État : %1</translation>
        </message>
        <message>
            <source>MAC: %1</source>
            <translation>MAC : %1</translation>
        </message>
        <message>
            <source>Port of: %1</source>
            <translation>Port de : %1</translation>
        </message>
        <message>
            <source>Peer: %1 in %2</source>
            <translation>Pair : %1 dans %2</translation>
        </message>
        <message>
            <source>a namespace not visible</source>
            <translation>un espace de noms non visible</translation>
        </message>
    </context>
    <context>
        <name>PathExplainer</name>
        <message>
            <source>%1 does not have %2, so it would have to forward the packet, but IP forwarding is off there.</source>
            <translation>%1 n'a pas %2, il devrait donc faire suivre le paquet, mais le routage IP y est désactivé.</translation>
        </message>
        <message>
            <source>%1 drops the packet from %2 that comes in by %3: its reverse-path filter (rp_filter %4) wants a route back to %2 out of %3, and %1 has none.</source>
            <translation>%1 rejette le paquet de %2 qui arrive par %3 : son filtre de chemin inverse (rp_filter %4) veut une route de retour vers %2 par %3, et %1 n'en a pas.</translation>
        </message>
        <message>
            <source>%1 owns %2, but its lo interface is down, and a namespace delivers to its own addresses through lo.</source>
            <translation>%1 possède %2, mais son interface lo est inactive, et un espace de noms livre à ses propres adresses par lo.</translation>
        </message>
        <message>
            <source>%1 owns %2: delivered.</source>
            <translation>%1 possède %2 : livré.</translation>
        </message>
        <message>
            <source>%1 would have to forward a packet from %2 to %3, but a link-local address is only valid on its own link: IPv6 does not forward it.</source>
            <translation>%1 devrait faire suivre un paquet de %2 vers %3, mais une adresse lien-local n'est valable que sur son propre lien : IPv6 ne la fait pas suivre.</translation>
        </message>
        <message>
            <source>%1 has no route to %2, so the packet is not sent at all.</source>
            <translation>%1 n'a pas de route vers %2, donc le paquet n'est pas envoyé du tout.</translation>
        </message>
        <message>
            <source>In %1 the route to %2 is a %3 route: the packet is dropped.</source>
            <translation>Dans %1, la route vers %2 est une route %3 : le paquet est rejeté.</translation>
        </message>
        <message>
            <source>%1's route to %2 names no interface.</source>
            <translation>La route de %1 vers %2 ne donne pas d'interface.</translation>
        </message>
        <message>
            <source>%1 in %2 is up but has no carrier</source>
            <translation>%1 dans %2 est actif mais n'a pas de porteuse</translation>
        </message>
        <message>
            <source>%1 in %2 is down</source>
            <translation>%1 dans %2 est inactif</translation>
        </message>
        <message>
            <source>%1 in %2 has no carrier because its peer %3 in %4 is down</source>
            <translation>%1 dans %2 n'a pas de porteuse car son pair %3 dans %4 est inactif</translation>
        </message>
        <message>
            <source>, so the packet cannot leave.</source>
            <translation>, donc le paquet ne peut pas sortir.</translation>
        </message>
        <message>
            <source>%1 sends it out of %2 to %3.</source>
            <translation>%1 l'envoie par %2 vers %3.</translation>
        </message>
        <message>
            <source>%1 in %2 has no link-local address, so %2 cannot send the neighbour solicitation that would find %3 (unless %3 is already in its neighbour table).</source>
            <translation>%1 dans %2 n'a pas d'adresse lien-local, donc %2 ne peut pas envoyer la sollicitation de voisin qui trouverait %3 (sauf si %3 est déjà dans sa table des voisins).</translation>
        </message>
        <message>
            <source>No interface on the other side of %1 (in %2) has the address %3, so nobody answers the neighbour solicitation for it and the packet goes nowhere.</source>
            <translation>Aucune interface de l'autre côté de %1 (dans %2) n'a l'adresse %3, donc personne ne répond à la sollicitation de voisin et le paquet ne va nulle part.</translation>
        </message>
        <message>
            <source>No namespace on the other side of %1 (in %2) has the address %3, so nobody answers for it and the packet goes nowhere.</source>
            <translation>Aucun espace de noms de l'autre côté de %1 (dans %2) n'a l'adresse %3, donc personne ne répond pour elle et le paquet ne va nulle part.</translation>
        </message>
        <message>
            <source>The packet goes round in a loop.</source>
            <translation>Le paquet tourne en boucle.</translation>
        </message>
        <message>
            <source>The path is longer than %1 hops.</source>
            <translation>Le chemin est plus long que %1 sauts.</translation>
        </message>
        <message>
            <source>There is no such namespace.</source>
            <translation>Cet espace de noms n'existe pas.</translation>
        </message>
        <message>
            <source>%1 has no address to send from.</source>
            <translation>%1 n'a pas d'adresse d'où envoyer.</translation>
        </message>
        <message>
            <source>The packet arrives, but the reply cannot come back to %1: %2</source>
            <translation>Le paquet arrive, mais la réponse ne peut pas revenir à %1 : %2</translation>
        </message>
        <message>
            <source>%1 undoes its masquerading: the destination becomes %2 again.</source>
            <translation>%1 défait son masquerading : la destination redevient %2.</translation>
        </message>
        <message>
            <source>%1 masquerades what leaves %2, but has no IPv4 address to give the packet, so it drops it.</source>
            <translation>%1 masque ce qui sort par %2, mais n'a pas d'adresse IPv4 à donner au paquet, il le rejette donc.</translation>
        </message>
        <message>
            <source>Its source is rewritten to %1 by masquerading.</source>
            <translation>Sa source est réécrite en %1 par le masquerading.</translation>
        </message>
        <message>
            <source>The bridge %1 in %2 passes it on, and masquerading there rewrites its source to %3.</source>
            <translation>Le pont %1 dans %2 le transmet, et le masquerading y réécrit sa source en %3.</translation>
        </message>
        <message>
            <source>%1 does not answer the ARP request for %2 that comes in by %3: its reverse-path filter (rp_filter %4) wants a route back to the asker %5 out of %3, and %1 has none. So the packet goes nowhere.</source>
            <translation>%1 ne répond pas à la requête ARP pour %2 qui arrive par %3 : son filtre de chemin inverse (rp_filter %4) veut une route de retour vers le demandeur %5 par %3, et %1 n'en a pas. Le paquet ne va donc nulle part.</translation>
        </message>
        <message>
            <source>%1 drops the packet from %2 that comes in by %3: %2 is an address of %1 itself, so it takes the packet for a forgery.</source>
            <translation>%1 rejette le paquet de %2 qui arrive par %3 : %2 est une adresse de %1 lui-même, il prend donc le paquet pour une contrefaçon.</translation>
        </message>
        <message>
            <source>%1 does not answer the ARP request for %2 that comes in by %3: the asker's address %4 is an address of %1 itself, so it takes the request for a forgery. So the packet goes nowhere.</source>
            <translation>%1 ne répond pas à la requête ARP pour %2 qui arrive par %3 : l'adresse %4 du demandeur est une adresse de %1 lui-même, il prend donc la requête pour une contrefaçon. Le paquet ne va donc nulle part.</translation>
        </message>
        <message>
            <source>%1 masqueraded this connection out of %2, and now the packet would leave %1 by %3: conntrack takes that for a moved connection, forgets it and drops the packet.</source>
            <translation>%1 a masqué cette connexion en sortie par %2, et maintenant le paquet quitterait %1 par %3 : conntrack y voit une connexion déplacée, l'oublie et rejette le paquet.</translation>
        </message>
        <message>
            <source>%1 masquerades what its bridge %2 passes on, but has no IPv4 address to give the packet, so it drops it.</source>
            <translation>%1 masque ce que son pont %2 transmet, mais n'a pas d'adresse IPv4 à donner au paquet, il le rejette donc.</translation>
        </message>
    </context>
    <context>
        <name>Validation</name>
        <message>
            <source>A namespace name cannot be empty.</source>
            <translation>Un nom d'espace de noms ne peut pas être vide.</translation>
        </message>
        <message>
            <source>A namespace name can be at most %1 bytes long.</source>
            <translation>Un nom d'espace de noms peut faire au plus %1 octets.</translation>
        </message>
        <message>
            <source>A namespace name cannot contain '/'.</source>
            <translation>Un nom d'espace de noms ne peut pas contenir '/'.</translation>
        </message>
        <message>
            <source>A namespace name cannot be '.' or '..'.</source>
            <translation>Un nom d'espace de noms ne peut pas être '.' ou '..'.</translation>
        </message>
        <message>
            <source>A namespace name cannot contain control characters (such as a newline).</source>
            <translation>Un nom d'espace de noms ne peut pas contenir de caractères de contrôle (comme un saut de ligne).</translation>
        </message>
        <message>
            <source>An interface name cannot be empty.</source>
            <translation>Un nom d'interface ne peut pas être vide.</translation>
        </message>
        <message>
            <source>An interface name can be at most %1 bytes long.</source>
            <translation>Un nom d'interface peut faire au plus %1 octets.</translation>
        </message>
        <message>
            <source>An interface name cannot be '.' or '..'.</source>
            <translation>Un nom d'interface ne peut pas être '.' ou '..'.</translation>
        </message>
        <message>
            <source>An interface name cannot contain control characters.</source>
            <translation>Un nom d'interface ne peut pas contenir de caractères de contrôle.</translation>
        </message>
        <message>
            <source>An interface name cannot contain '/', ':' or white space.</source>
            <translation>Un nom d'interface ne peut pas contenir '/', ':' ou d'espace.</translation>
        </message>
        <message>
            <source>An MTU must be from %1 to %2 bytes; %3 is not.</source>
            <translation>Un MTU doit aller de %1 à %2 octets ; %3 ne convient pas.</translation>
        </message>
        <message>
            <source>'%1' is not an IPv4 or IPv6 address.</source>
            <translation>'%1' n'est pas une adresse IPv4 ou IPv6.</translation>
        </message>
        <message>
            <source>'%1' is not an address with a prefix length, such as 10.1.1.1/24.</source>
            <translation>'%1' n'est pas une adresse avec une longueur de préfixe, comme 10.1.1.1/24.</translation>
        </message>
        <message>
            <source>'%1' does not start with an IPv4 or IPv6 address.</source>
            <translation>'%1' ne commence pas par une adresse IPv4 ou IPv6.</translation>
        </message>
        <message>
            <source>The prefix length in '%1' must be a number from 0 to %2.</source>
            <translation>La longueur de préfixe dans '%1' doit être un nombre de 0 à %2.</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>Shows the network namespaces of this host and lets you change them.</source>
            <translation>Montre les espaces de noms réseau de cet hôte et vous permet de les modifier.</translation>
        </message>
        <message>
            <source>Print the topology as JSON and exit.</source>
            <translation>Afficher la topologie en JSON et quitter.</translation>
        </message>
        <message>
            <source>With --json: read the topology &lt;count&gt; times and print the median time to stderr.</source>
            <translation>Avec --json : lire la topologie &lt;count&gt; fois et afficher le temps médian sur stderr.</translation>
        </message>
        <message>
            <source>Print the topology as JSON, then a JSON line for every change.</source>
            <translation>Afficher la topologie en JSON, puis une ligne JSON pour chaque changement.</translation>
        </message>
        <message>
            <source>Explain whether a ping from &lt;namespace&gt; reaches the address given after it, and why not.</source>
            <translation>Expliquer si un ping depuis &lt;namespace&gt; atteint l'adresse donnée ensuite, et sinon pourquoi.</translation>
        </message>
        <message>
            <source>Ping the address given after it from inside &lt;namespace&gt;, through the helper.</source>
            <translation>Pinguer l'adresse donnée ensuite depuis &lt;namespace&gt;, par le service auxiliaire.</translation>
        </message>
        <message>
            <source>With --ping: how many requests (1-100).</source>
            <translation>Avec --ping : combien de requêtes (1-100).</translation>
        </message>
        <message>
            <source>With --ping: milliseconds between requests (200-10000).</source>
            <translation>Avec --ping : millisecondes entre les requêtes (200-10000).</translation>
        </message>
        <message>
            <source>Read a JSON list of actions on stdin and print the ip command of each.</source>
            <translation>Lire une liste JSON d'actions sur stdin et afficher la commande ip de chacune.</translation>
        </message>
        <message>
            <source>Draw the topology into &lt;file&gt; (.svg or .png) without a window.</source>
            <translation>Dessiner la topologie dans &lt;file&gt; (.svg ou .png) sans fenêtre.</translation>
        </message>
        <message>
            <source>Say in the window that it shows a private sandbox, and open on the lessons.</source>
            <translation>Dire dans la fenêtre qu'elle montre un bac à sable privé, et ouvrir sur les leçons.</translation>
        </message>
        <message>
            <source>Make what the lab file &lt;lab&gt; describes and the host lacks, as one batch.</source>
            <translation>Créer ce que décrit le fichier de labo &lt;lab&gt; et qui manque à l'hôte, en un seul lot.</translation>
        </message>
        <message>
            <source>Remove what the lab file &lt;lab&gt; describes from the host.</source>
            <translation>Retirer de l'hôte ce que décrit le fichier de labo &lt;lab&gt;.</translation>
        </message>
        <message>
            <source>Print the lab file &lt;lab&gt; as a bash script of ip commands.</source>
            <translation>Afficher le fichier de labo &lt;lab&gt; comme script bash de commandes ip.</translation>
        </message>
        <message>
            <source>Write the namespaces given after it (all named ones if none) as the lab file &lt;lab&gt;.</source>
            <translation>Écrire les espaces de noms donnés ensuite (tous ceux nommés si aucun) dans le fichier de labo &lt;lab&gt;.</translation>
        </message>
        <message>
            <source>With --explain or --ping: the address to reach.</source>
            <translation>Avec --explain ou --ping : l'adresse à atteindre.</translation>
        </message>
        <message>
            <source>With --save: the namespaces to save.</source>
            <translation>Avec --save : les espaces de noms à enregistrer.</translation>
        </message>
        <message>
            <source>usage: netns-studio --explain|--ping NAMESPACE ADDRESS</source>
            <translation>usage : netns-studio --explain|--ping ESPACE ADRESSE</translation>
        </message>
        <message>
            <source>usage: netns-studio --apply|--destroy LAB</source>
            <translation>usage : netns-studio --apply|--destroy LABO</translation>
        </message>
    </context>
</TS>
