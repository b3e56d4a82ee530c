"""Invented people, by country. Every name, number and address here is made up.

Countries are split between the halves: a country's birth-certificate template appears only in
one half, so its people too.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

# code: (iso3, country name in French, EU/EEA?, language of civil records, half)
COUNTRIES = {
    "FR": ("FRA", "France", True, "fr", "tune"),
    "FR2": ("FRA", "France", True, "fr", "heldout"),
    "MA": ("MAR", "Maroc", False, "fr", "tune"),
    "DZ": ("DZA", "Algérie", False, "fr", "heldout"),
    "TN": ("TUN", "Tunisie", False, "fr", "heldout"),
    "SN": ("SEN", "Sénégal", False, "fr", "tune"),
    "CI": ("CIV", "Côte d'Ivoire", False, "fr", "heldout"),
    "CM": ("CMR", "Cameroun", False, "fr", "heldout"),
    "HT": ("HTI", "Haïti", False, "fr", "tune"),
    "ES": ("ESP", "Espagne", True, "es", "tune"),
    "CO": ("COL", "Colombie", False, "es", "heldout"),
    "BR": ("BRA", "Brésil", False, "pt", "tune"),
    "PT": ("PRT", "Portugal", True, "pt", "heldout"),
    "IT": ("ITA", "Italie", True, "it", "tune"),
    "DE": ("D", "Allemagne", True, "de", "heldout"),
    "PL": ("POL", "Pologne", True, "pl", "tune"),
    "RO": ("ROU", "Roumanie", True, "ro", "heldout"),
    "TR": ("TUR", "Turquie", False, "tr", "tune"),
    "VN": ("VNM", "Viêt Nam", False, "vi", "heldout"),
    "CN": ("CHN", "Chine", False, "en", "tune"),
    "GB": ("GBR", "Royaume-Uni", False, "en", "tune"),
    "US": ("USA", "États-Unis", False, "en", "heldout"),
    "NG": ("NGA", "Nigeria", False, "en", "tune"),
    "IN": ("IND", "Inde", False, "en", "heldout"),
    "PH": ("PHL", "Philippines", False, "en", "heldout"),
    # third half ("fresh"): new countries and a third French commune layout
    "FR3": ("FRA", "France", True, "fr", "fresh"),
    "ML": ("MLI", "Mali", False, "fr", "fresh"),
    "GN": ("GIN", "Guinée", False, "fr", "fresh"),
    "MG": ("MDG", "Madagascar", False, "fr", "fresh"),
    "NL": ("NLD", "Pays-Bas", True, "nl", "fresh"),
    "HR": ("HRV", "Croatie", True, "hr", "fresh"),
    "AL": ("ALB", "Albanie", False, "sq", "fresh"),
    "GE": ("GEO", "Géorgie", False, "ka", "fresh"),
    "PE": ("PER", "Pérou", False, "es", "fresh"),
    "VE": ("VEN", "Venezuela", False, "es", "fresh"),
    "DO": ("DOM", "République dominicaine", False, "es", "fresh"),
    "LK": ("LKA", "Sri Lanka", False, "en", "fresh"),
    "BD": ("BGD", "Bangladesh", False, "en", "fresh"),
    "PK": ("PAK", "Pakistan", False, "en", "fresh"),
    # fourth half ("blind"): new countries and a fourth French commune layout
    "FR4": ("FRA", "France", True, "fr", "blind"),
    "BE": ("BEL", "Belgique", True, "fr", "blind"),
    "IE": ("IRL", "Irlande", True, "en", "blind"),
    "NE": ("NER", "Niger", False, "fr", "blind"),
    "BJ": ("BEN", "Bénin", False, "fr", "blind"),
    "GA": ("GAB", "Gabon", False, "fr", "blind"),
    "MD": ("MDA", "Moldavie", False, "ro", "blind"),
    "UA": ("UKR", "Ukraine", False, "uk", "blind"),
    "CV": ("CPV", "Cap-Vert", False, "pt", "blind"),
    "BO": ("BOL", "Bolivie", False, "es", "blind"),
    "KE": ("KEN", "Kenya", False, "en", "blind"),
    # fifth half ("blind2"): new countries and a fifth French commune layout
    "FR5": ("FRA", "France", True, "fr", "blind2"),
    "GR": ("GRC", "Grèce", True, "el", "blind2"),
    "LU": ("LUX", "Luxembourg", True, "fr", "blind2"),
    "TG": ("TGO", "Togo", False, "fr", "blind2"),
    "BF": ("BFA", "Burkina Faso", False, "fr", "blind2"),
    "CD": ("COD", "République démocratique du Congo", False, "fr", "blind2"),
    "EG": ("EGY", "Égypte", False, "ar", "blind2"),
    "RU": ("RUS", "Russie", False, "ru", "blind2"),
    "AM": ("ARM", "Arménie", False, "hy", "blind2"),
    "AZ": ("AZE", "Azerbaïdjan", False, "az", "blind2"),
    "MX": ("MEX", "Mexique", False, "es", "blind2"),
    # sixth half ("blind3"): new countries and a sixth French commune layout
    "FR6": ("FRA", "France", True, "fr", "blind3"),
    "AT": ("AUT", "Autriche", True, "de", "blind3"),
    "CZ": ("CZE", "Tchéquie", True, "cs", "blind3"),
    "BG": ("BGR", "Bulgarie", True, "bg", "blind3"),
    "CG": ("COG", "Congo", False, "fr", "blind3"),
    "GH": ("GHA", "Ghana", False, "en", "blind3"),
    "ET": ("ETH", "Éthiopie", False, "en", "blind3"),
    "AF": ("AFG", "Afghanistan", False, "fa", "blind3"),
    "SY": ("SYR", "Syrie", False, "ar", "blind3"),
    "LB": ("LBN", "Liban", False, "fr", "blind3"),
    "CU": ("CUB", "Cuba", False, "es", "blind3"),
    "AR": ("ARG", "Argentine", False, "es", "blind3"),
    # seventh half ("blind4"): new countries and a seventh French commune layout
    "FR7": ("FRA", "France", True, "fr", "blind4"),
    "SE": ("SWE", "Suède", True, "sv", "blind4"),
    "HU": ("HUN", "Hongrie", True, "hu", "blind4"),
    "TD": ("TCD", "Tchad", False, "fr", "blind4"),
    "MR": ("MRT", "Mauritanie", False, "fr", "blind4"),
    "RW": ("RWA", "Rwanda", False, "fr", "blind4"),
    "AO": ("AGO", "Angola", False, "pt", "blind4"),
    "EC": ("ECU", "Équateur", False, "es", "blind4"),
    "IR": ("IRN", "Iran", False, "fa", "blind4"),
    "NP": ("NPL", "Népal", False, "en", "blind4"),
    "UZ": ("UZB", "Ouzbékistan", False, "uz", "blind4"),
    "JM": ("JAM", "Jamaïque", False, "en", "blind4"),
    # eighth half ("blind5"): new countries and an eighth French commune layout
    "FR8": ("FRA", "France", True, "fr", "blind5"),
    "FI": ("FIN", "Finlande", True, "fi", "blind5"),
    "SK": ("SVK", "Slovaquie", True, "sk", "blind5"),
    "SI": ("SVN", "Slovénie", True, "sl", "blind5"),
    "DJ": ("DJI", "Djibouti", False, "fr", "blind5"),
    "KM": ("COM", "Comores", False, "fr", "blind5"),
    "CF": ("CAF", "République centrafricaine", False, "fr", "blind5"),
    "MZ": ("MOZ", "Mozambique", False, "pt", "blind5"),
    "PY": ("PRY", "Paraguay", False, "es", "blind5"),
    "KR": ("KOR", "Corée du Sud", False, "ko", "blind5"),
    "MN": ("MNG", "Mongolie", False, "mn", "blind5"),
    "TZ": ("TZA", "Tanzanie", False, "en", "blind5"),
    # ninth half ("blind6"): new countries and a ninth French commune layout
    "FR9": ("FRA", "France", True, "fr", "blind6"),
    "DK": ("DNK", "Danemark", True, "da", "blind6"),
    "LT": ("LTU", "Lituanie", True, "lt", "blind6"),
    "EE": ("EST", "Estonie", True, "et", "blind6"),
    "RS": ("SRB", "Serbie", False, "sr", "blind6"),
    "BY": ("BLR", "Biélorussie", False, "be", "blind6"),
    "KZ": ("KAZ", "Kazakhstan", False, "kk", "blind6"),
    "SD": ("SDN", "Soudan", False, "ar", "blind6"),
    "UG": ("UGA", "Ouganda", False, "en", "blind6"),
    "LR": ("LBR", "Liberia", False, "en", "blind6"),
    "GT": ("GTM", "Guatemala", False, "es", "blind6"),
    "TH": ("THA", "Thaïlande", False, "th", "blind6"),
    # tenth half ("blind7"): new countries and a tenth French commune layout
    "FR10": ("FRA", "France", True, "fr", "blind7"),
    "NO": ("NOR", "Norvège", True, "no", "blind7"),
    "LV": ("LVA", "Lettonie", True, "lv", "blind7"),
    "MT": ("MLT", "Malte", True, "en", "blind7"),
    "BA": ("BIH", "Bosnie-Herzégovine", False, "bs", "blind7"),
    "MK": ("MKD", "Macédoine du Nord", False, "mk", "blind7"),
    "IQ": ("IRQ", "Irak", False, "ar", "blind7"),
    "SO": ("SOM", "Somalie", False, "so", "blind7"),
    "ZA": ("ZAF", "Afrique du Sud", False, "en", "blind7"),
    "SL": ("SLE", "Sierra Leone", False, "en", "blind7"),
    "CL": ("CHL", "Chili", False, "es", "blind7"),
    "KH": ("KHM", "Cambodge", False, "km", "blind7"),
    # eleventh half ("blind8"): new countries and an eleventh French commune layout
    "FR11": ("FRA", "France", True, "fr", "blind8"),
    "IS": ("ISL", "Islande", True, "is", "blind8"),
    "CY": ("CYP", "Chypre", True, "el", "blind8"),
    "ME": ("MNE", "Monténégro", False, "cnr", "blind8"),
    "JO": ("JOR", "Jordanie", False, "ar", "blind8"),
    "YE": ("YEM", "Yémen", False, "ar", "blind8"),
    "ER": ("ERI", "Érythrée", False, "ti", "blind8"),
    "ZM": ("ZMB", "Zambie", False, "en", "blind8"),
    "BW": ("BWA", "Botswana", False, "en", "blind8"),
    "GM": ("GMB", "Gambie", False, "en", "blind8"),
    "UY": ("URY", "Uruguay", False, "es", "blind8"),
    "MM": ("MMR", "Myanmar", False, "my", "blind8"),
}

# code: (male given names, female given names, surnames, birth places)
NAMES = {
    "FR": (
        ["Jérôme", "Benoît Pierre", "Loïc"],
        ["Hélène Marie", "Maëlle", "Agnès"],
        ["Lefèvre", "Duval-Moreau", "Garnier", "Le Gall"],
        ["Rennes (Ille-et-Vilaine)", "Lyon 3e Arrondissement (Rhône)"],
    ),
    "FR2": (
        ["François-Xavier", "Cédric"],
        ["Noémie Françoise", "Clémence"],
        ["Bérenger", "Saint-Aubin", "Lacôte", "Roux-Delmas"],
        ["Besançon (Doubs)", "Saint-Étienne (Loire)"],
    ),
    "MA": (
        ["Youssef", "Mehdi"],
        ["Fatima Zahra", "Salma"],
        ["El Idrissi", "Benjelloun", "Ait Ouahmane"],
        ["Casablanca", "Fès", "Marrakech"],
    ),
    "DZ": (
        ["Karim", "Abdelkader"],
        ["Amina", "Nesrine"],
        ["Benali", "Boukhalfa", "Hadj Mokhtar"],
        ["Oran", "Tizi Ouzou", "Constantine"],
    ),
    "TN": (
        ["Anis", "Mohamed Ali"],
        ["Ines", "Yasmine"],
        ["Trabelsi", "Ben Hassine", "Jaziri"],
        ["Sfax", "Sousse"],
    ),
    "SN": (
        ["Mamadou", "Ousmane"],
        ["Awa", "Khady"],
        ["Diop", "Ndiaye", "Sow"],
        ["Dakar", "Thiès", "Saint-Louis"],
    ),
    "CI": (
        ["Koffi Jean-Marc", "Yao"],
        ["Adjoua", "Aya Prisca"],
        ["Kouassi", "Konan", "Bamba"],
        ["Abidjan", "Bouaké"],
    ),
    "CM": (
        ["Emmanuel", "Serge Alain"],
        ["Bernadette", "Nadège"],
        ["Mbarga", "Ngono Essomba", "Fotso"],
        ["Yaoundé", "Douala"],
    ),
    "HT": (
        ["Jean-Robert", "Wilfrid"],
        ["Marie-Carmel", "Widline"],
        ["Joseph", "Pierre-Louis", "Désir"],
        ["Port-au-Prince", "Cap-Haïtien"],
    ),
    "ES": (
        ["José Luis", "Álvaro"],
        ["María Ángeles", "Lucía"],
        ["García López", "Fernández Ruiz", "Núñez Peña"],
        ["Sevilla", "Zaragoza", "Valladolid"],
    ),
    "CO": (
        ["Andrés Felipe", "Julián"],
        ["Paola Andrea", "Ximena"],
        ["Rodríguez Gómez", "Martínez Ospina", "Quintero"],
        ["Medellín", "Bogotá D.C.", "Cali"],
    ),
    "BR": (
        ["João Victor", "Thiago"],
        ["Ana Clara", "Conceição"],
        ["dos Santos Oliveira Guimarães", "Araújo", "Guimarães Pereira"],
        ["Belo Horizonte", "Recife", "São Paulo"],
    ),
    "PT": (
        ["Rui Miguel", "Gonçalo"],
        ["Maria da Conceição", "Inês"],
        ["Fernandes Albuquerque de Vasconcelos", "Simões", "Gonçalves"],
        ["Coimbra", "Braga", "Porto"],
    ),
    "IT": (
        ["Niccolò", "Giuseppe"],
        ["Chiara", "Annalisa"],
        ["D'Angelo", "Lo Russo", "Bianchi"],
        ["Bologna", "Bari", "Torino"],
    ),
    "DE": (
        ["Jürgen", "Lukas Maximilian"],
        ["Anneliese", "Grete"],
        ["Müller-Lüdenscheidt", "Schröder", "Weiß"],
        ["Düsseldorf", "Köln", "Nürnberg"],
    ),
    "PL": (
        ["Paweł", "Łukasz"],
        ["Małgorzata", "Zofia"],
        ["Wiśniewski", "Kowalczyk", "Dąbrowski"],
        ["Kraków", "Łódź", "Gdańsk"],
    ),
    "RO": (
        ["Ștefan", "Mihai"],
        ["Ioana", "Alexandra"],
        ["Popescu", "Dumitrașcu", "Constantinescu"],
        ["Iași", "Cluj-Napoca", "Brașov"],
    ),
    "TR": (
        ["Mehmet Emin", "Oğuz"],
        ["Ayşe", "Gülşen"],
        ["Yılmaz", "Öztürk", "Çelik"],
        ["İzmir", "Kayseri", "Bursa"],
    ),
    "VN": (
        ["Minh Tuấn", "Văn Hùng"],
        ["Thị Minh Khai", "Thu Hằng"],
        ["Nguyễn", "Trần", "Phạm"],
        ["Hà Nội", "Huế", "Đà Nẵng"],
    ),
    "CN": (
        ["Wei", "Jianguo"],
        ["Xiaoling", "Mei"],
        ["Zhang", "Liu", "Chen"],
        ["Chengdu, Sichuan Province", "Hangzhou, Zhejiang Province"],
    ),
    "GB": (
        ["Oliver James", "Callum"],
        ["Siobhan", "Eleanor Rose"],
        ["Whitfield", "O'Connor", "Ashworth-Hale"],
        ["Leeds", "Bristol", "Norwich"],
    ),
    "US": (
        ["Tyler", "Marcus Lee"],
        ["Brittany", "Jasmine Nicole"],
        ["Henderson", "McAllister", "Vasquez"],
        ["Columbus, Ohio", "Tucson, Arizona"],
    ),
    "NG": (
        ["Chukwuemeka", "Oluwaseun"],
        ["Ngozi", "Folasade"],
        ["Okonkwo", "Adeyemi", "Balogun"],
        ["Enugu", "Ibadan", "Lagos"],
    ),
    "IN": (
        ["Rohan", "Venkatesh"],
        ["Priya", "Lakshmi"],
        ["Sharma", "Subramanian", "Iyer"],
        ["Pune", "Chennai", "Jaipur"],
    ),
    "PH": (
        ["Jose Miguel", "Renato"],
        ["Maricel", "Kristine Joy"],
        ["Dela Cruz", "Bautista", "Santos"],
        ["Quezon City", "Cebu City", "Davao City"],
    ),
    "FR3": (
        ["Timothée", "Gaël André"],
        ["Océane", "Anne-Sophie Léa"],
        ["Castaing", "Delaunay-Périer", "Quéré", "de Montaigu"],
        ["Quimper (Finistère)", "Aix-en-Provence (Bouches-du-Rhône)"],
    ),
    "ML": (
        ["Boubacar", "Seydou"],
        ["Aminata", "Kadiatou"],
        ["Traoré", "Keïta", "Coulibaly"],
        ["Bamako", "Ségou", "Kayes"],
    ),
    "GN": (
        ["Alpha Oumar", "Mamadou Saliou"],
        ["Mariama", "Hadja Fatoumata"],
        ["Barry", "Condé", "Bah"],
        ["Conakry", "Labé", "Kankan"],
    ),
    "MG": (
        ["Hery Nirina", "Tojo"],
        ["Voahangy", "Fanja Lalao"],
        ["Rakotomalala", "Randrianarisoa", "Razafindrakoto"],
        ["Antananarivo", "Toamasina", "Fianarantsoa"],
    ),
    "NL": (
        ["Daan Pieter", "Sjoerd"],
        ["Femke", "Anouk Marijke"],
        ["van der Berg", "de Vries", "Bakker"],
        ["Utrecht", "Groningen", "Eindhoven"],
    ),
    "HR": (
        ["Tomislav", "Dražen"],
        ["Ivana", "Željka"],
        ["Kovačević", "Horvat", "Babić"],
        ["Zagreb", "Split", "Osijek"],
    ),
    "AL": (
        ["Arben", "Gëzim"],
        ["Elira", "Blerta"],
        ["Hoxha", "Shehu", "Çela"],
        ["Tiranë", "Durrës", "Shkodër"],
    ),
    "GE": (
        ["Giorgi", "Levan"],
        ["Nino", "Tamar"],
        ["Beridze", "Kapanadze", "Gelashvili"],
        ["Tbilisi", "Kutaisi", "Batumi"],
    ),
    "PE": (
        ["Luis Alberto", "Renzo"],
        ["Rosa Elvira", "Milagros"],
        ["Quispe Huamán", "Mamani Flores", "Chávez"],
        ["Arequipa", "Cusco", "Lima"],
    ),
    "VE": (
        ["Carlos Eduardo", "Yonathan"],
        ["Yuleidy", "María Gabriela"],
        ["Pérez Briceño", "Rondón Guevara", "Salazar"],
        ["Maracaibo", "Valencia", "Barquisimeto"],
    ),
    "DO": (
        ["Juan Ramón", "Wandy"],
        ["Yokasta", "Altagracia"],
        ["Peña Reyes", "De la Rosa", "Almonte"],
        ["Santo Domingo", "Santiago de los Caballeros", "La Romana"],
    ),
    "LK": (
        ["Kasun Chaminda", "Nuwan"],
        ["Dilani", "Sachini Madushika"],
        ["Perera", "Wickramasinghe", "Jayawardena"],
        ["Kandy", "Galle", "Colombo"],
    ),
    "BD": (
        ["Md. Rafiqul", "Tanvir"],
        ["Nusrat Jahan", "Farzana"],
        ["Islam", "Chowdhury", "Rahman"],
        ["Dhaka", "Chattogram", "Sylhet"],
    ),
    "PK": (
        ["Muhammad Bilal", "Usman"],
        ["Ayesha", "Sana Fatima"],
        ["Qureshi", "Malik", "Siddiqui"],
        ["Lahore", "Faisalabad", "Multan"],
    ),
    "FR4": (
        ["Aurélien", "Mathéo Joël"],
        ["Élodie", "Bérénice Anaïs"],
        ["Vasseur", "Le Bihan", "Dubois-Ménard", "Pélissier"],
        ["Clermont-Ferrand (Puy-de-Dôme)", "Poitiers (Vienne)"],
    ),
    "BE": (
        ["Maxime", "Thibault Henri"],
        ["Amandine", "Gaëlle"],
        ["Vandenbroucke", "De Smet", "Lemaire"],
        ["Liège", "Namur", "Charleroi"],
    ),
    "IE": (
        ["Seán Patrick", "Cian"],
        ["Aoife", "Órla Máire"],
        ["Ó Briain", "McGrath", "Fitzgerald"],
        ["Galway", "Cork", "Limerick"],
    ),
    "NE": (
        ["Issoufou", "Abdou Moussa"],
        ["Haoua", "Zeinabou"],
        ["Mahamadou", "Hamani", "Souley"],
        ["Niamey", "Zinder", "Maradi"],
    ),
    "BJ": (
        ["Codjo Armand", "Sèna"],
        ["Afiavi", "Rolande Bignon"],
        ["Houngbédji", "Agossou", "Dossou-Yovo"],
        ["Cotonou", "Porto-Novo", "Parakou"],
    ),
    "GA": (
        ["Landry", "Jean-Aimé"],
        ["Prisca Mengue", "Ornella"],
        ["Nzé Obiang", "Moussavou", "Ndong"],
        ["Libreville", "Port-Gentil", "Franceville"],
    ),
    "MD": (
        ["Ion", "Vasile Dumitru"],
        ["Natalia", "Cristina Elena"],
        ["Ciobanu", "Rusu", "Munteanu"],
        ["Chişinău", "Bălţi", "Orhei"],
    ),
    "UA": (
        ["Oleksandr", "Dmytro"],
        ["Olena", "Iryna"],
        ["Kovalenko", "Shevchuk", "Bondarenko"],
        ["Kharkiv", "Lviv", "Vinnytsia"],
    ),
    "CV": (
        ["Nélson", "Adilson"],
        ["Djenifer", "Maria de Fátima"],
        ["Tavares Monteiro", "Lopes da Veiga", "Semedo"],
        ["Praia", "Mindelo", "Assomada"],
    ),
    "BO": (
        ["Marco Antonio", "Wilmer"],
        ["Jhenny", "Ana Lucía"],
        ["Choque Apaza", "Vargas Rojas", "Gutiérrez"],
        ["La Paz", "Cochabamba", "Santa Cruz de la Sierra"],
    ),
    "KE": (
        ["Brian Kiprono", "Otieno"],
        ["Wanjiru", "Faith Achieng"],
        ["Kamau", "Odhiambo", "Mutua"],
        ["Nairobi", "Kisumu", "Mombasa"],
    ),
    "FR5": (
        ["Corentin", "Yannick Paul"],
        ["Solène", "Marie-Laure Inès"],
        ["Kerbrat", "Lemoine-Farge", "N'Diaye", "du Plessis"],
        ["Brest (Finistère)", "Nancy (Meurthe-et-Moselle)"],
    ),
    "GR": (
        ["Konstantinos", "Georgios Nikolaos"],
        ["Eleni", "Aikaterini Maria"],
        ["Papadakis", "Oikonomou", "Theodoropoulos", "Antoniadis"],
        ["Thessaloniki", "Patra", "Larisa"],
    ),
    "LU": (
        ["Gilles", "Marc Romain"],
        ["Carole", "Anne-Marie Josée"],
        ["Weber", "Schmit", "Hoffmann-Kieffer", "Reuter"],
        ["Luxembourg", "Esch-sur-Alzette", "Differdange"],
    ),
    "TG": (
        ["Kossi Edem", "Komlan"],
        ["Akouvi", "Dzifa Ama"],
        ["Amouzou", "Kpodar", "Lawson-Body", "Agbodjan"],
        ["Lomé", "Kpalimé", "Sokodé"],
    ),
    "BF": (
        ["Boukary", "Wendkouni Arsène"],
        ["Salimata", "Fatimata Wendyam"],
        ["Ouédraogo", "Sawadogo", "Kaboré", "Zongo"],
        ["Ouagadougou", "Bobo-Dioulasso", "Koudougou"],
    ),
    "CD": (
        ["Trésor", "Christian"],
        ["Grâce", "Nathalie"],
        ["Mukendi Kalala", "Tshibangu", "Ilunga Mbayo", "Lukusa"],
        ["Kinshasa", "Lubumbashi", "Mbuji-Mayi"],
    ),
    "EG": (
        ["Ahmed Mohamed", "Mostafa"],
        ["Nourhan", "Mariam Adel"],
        ["Abdel Rahman", "El Sayed", "Soliman", "Fathy"],
        ["Cairo", "Alexandria", "Mansoura"],
    ),
    "RU": (
        ["Aleksandr", "Ilia"],
        ["Ekaterina", "Anastasiia"],
        ["Sokolov", "Morozov", "Kuznetsov", "Belykh"],
        ["Novosibirsk", "Kazan", "Samara"],
    ),
    "AM": (
        ["Armen", "Tigran"],
        ["Anahit", "Lilit"],
        ["Hovhannisyan", "Sargsyan", "Petrosyan", "Ter-Grigoryan"],
        ["Yerevan", "Gyumri", "Vanadzor"],
    ),
    "AZ": (
        ["Elvin", "Rauf"],
        ["Gunel", "Aysel"],
        ["Mammadov", "Guliyev", "Hasanov", "Abbasov"],
        ["Baku", "Ganja", "Sumgait"],
    ),
    "MX": (
        ["José Manuel", "Jesús"],
        ["Guadalupe", "María Fernanda"],
        ["Hernández Ortiz", "Sánchez Treviño", "Cervantes"],
        ["Guadalajara", "Puebla", "Monterrey"],
    ),
    "FR6": (
        ["Baptiste", "Hugues Émile"],
        ["Capucine", "Marie-Ève Joséphine"],
        ["Lécuyer", "de La Tour d'Auvergne", "Ménard-Ferrière", "Le Floc'h"],
        ["Annecy (Haute-Savoie)", "Périgueux (Dordogne)"],
    ),
    "AT": (
        ["Florian", "Maximilian Josef"],
        ["Katharina", "Theresa Maria"],
        ["Gruber", "Pötzelsberger", "Hinterleitner-Krämer", "Eder"],
        ["Wien", "Graz", "Innsbruck"],
    ),
    "CZ": (
        ["Jiří", "Tomáš Vojtěch"],
        ["Kateřina", "Markéta"],
        ["Dvořák", "Novotný", "Procházka", "Šťastný"],
        ["Praha", "Brno", "Olomouc"],
    ),
    "BG": (
        ["Dimitar", "Kaloyan"],
        ["Desislava", "Tsvetelina"],
        ["Petrov", "Georgiev", "Stoyanov", "Hadzhiivanov"],
        ["Sofia", "Plovdiv", "Varna"],
    ),
    "CG": (
        ["Destin Arsène", "Roch"],
        ["Grâce Divine", "Merveille"],
        ["Mabiala", "Nkounkou-Massamba", "Ibara Okemba", "Loemba"],
        ["Brazzaville", "Pointe-Noire", "Dolisie"],
    ),
    "GH": (
        ["Kwame Nkansah", "Kofi"],
        ["Akosua", "Abena Serwaa"],
        ["Mensah", "Asante-Boateng", "Owusu", "Appiah"],
        ["Kumasi", "Accra", "Tamale"],
    ),
    "ET": (
        ["Dawit", "Tewodros"],
        ["Hiwot", "Meseret"],
        ["Gebremedhin", "Tesfaye", "Haile Mariam", "Alemu"],
        ["Addis Ababa", "Bahir Dar", "Mekelle"],
    ),
    "AF": (
        ["Ahmad Shah", "Farid"],
        ["Zahra", "Mursal"],
        ["Ahmadzai", "Popal", "Hashimi", "Karimi"],
        ["Kabul", "Herat", "Mazar-i-Sharif"],
    ),
    "SY": (
        ["Mohammad Khair", "Rami"],
        ["Lama", "Rasha"],
        ["Al-Hamwi", "Kassab", "Haddad", "Al Khatib"],
        ["Damascus", "Aleppo", "Homs"],
    ),
    "LB": (
        ["Georges", "Ziad Michel"],
        ["Nadine", "Rita Maria"],
        ["Khoury", "Abi Nader", "Salameh", "El Hage"],
        ["Beyrouth", "Zahlé", "Tripoli"],
    ),
    "CU": (
        ["Yoandy", "Raúl Ernesto"],
        ["Yanelis", "Dayana"],
        ["Rodríguez Castellanos", "Pérez Valdés", "Hernández Odio", "Lamadrid"],
        ["La Habana", "Santiago de Cuba", "Camagüey"],
    ),
    "AR": (
        ["Juan Ignacio Martín", "Santiago"],
        ["Florencia", "María Belén"],
        ["Fernández de la Fuente Echeverría", "Gómez", "Iturralde", "Di Stéfano"],
        ["Rosario", "Córdoba", "Mendoza"],
    ),
    "FR7": (
        ["Aurélien", "Jean-Baptiste Gaël"],
        ["Solène", "Anne-Sophie Bérénice"],
        ["Quéméneur", "du Pré de Saint-Maur", "Rivière-Laffitte", "L'Hôtellier"],
        ["Quimper (Finistère)", "Chambéry (Savoie)"],
    ),
    "SE": (
        ["Björn", "Måns Olof"],
        ["Åsa", "Linnéa Ingrid"],
        ["Ångström", "Lindqvist", "Söderberg-Öhman", "Björkänge"],
        ["Göteborg", "Malmö", "Umeå"],
    ),
    "HU": (
        ["Gergő", "László Bence"],
        ["Zsófia", "Réka Ildikó"],
        ["Szűcs", "Kovács", "Nagy-Erdős", "Hőgyes"],
        ["Debrecen", "Pécs", "Székesfehérvár"],
    ),
    "TD": (
        ["Mahamat Saleh", "Abakar"],
        ["Achta", "Hawa Zenaba"],
        ["Mahamat Nour", "Djimadoum", "Ngarlejy", "Abdelkerim"],
        ["N'Djamena", "Moundou", "Abéché"],
    ),
    "MR": (
        ["Mohamed Lemine", "Sidi"],
        ["Mariem", "Khadijetou"],
        ["Ould Abdallahi", "Ebnou", "Ould Cheikh Sidiya", "Lô"],
        ["Nouakchott", "Nouadhibou", "Rosso"],
    ),
    "RW": (
        ["Théoneste", "Jean-Paul"],
        ["Aline", "Marie-Claire"],
        ["Uwimana", "Habimana", "Mukamana", "Nshimiyimana"],
        ["Kigali", "Huye", "Musanze"],
    ),
    "AO": (
        ["Manuel Domingos", "Adilson"],
        ["Esperança", "Maria da Graça"],
        ["dos Santos Fernandes", "Kiala", "Neto da Silva Cardoso", "Mbemba"],
        ["Luanda", "Huambo", "Benguela"],
    ),
    "EC": (
        ["Luis Fernando", "Byron"],
        ["Mishell", "Gabriela Estefanía"],
        ["Zambrano Quiñónez", "Andrade Toapanta", "Villacís", "Chiriboga"],
        ["Quito", "Guayaquil", "Cuenca"],
    ),
    "IR": (
        ["Mohammad Reza", "Arash"],
        ["Maryam", "Shirin"],
        ["Hosseini", "Ghorbanzadeh Tabrizi", "Rahimi", "Mousavi-Khorasani"],
        ["Tehran", "Esfahan", "Shiraz"],
    ),
    "NP": (
        ["Bikash", "Ram Bahadur"],
        ["Sunita", "Anjali"],
        ["Shrestha", "Thapa Magar", "Gurung", "Adhikari"],
        ["Kathmandu", "Pokhara", "Biratnagar"],
    ),
    "UZ": (
        ["Jasur", "Otabek"],
        ["Dilnoza", "Gulnora"],
        ["Karimov", "Tursunov", "Xo'jayev", "Rahimov"],
        ["Toshkent", "Samarqand", "Buxoro"],
    ),
    "JM": (
        ["Dwayne", "Oneil Anthony"],
        ["Shanice", "Kerry-Ann"],
        ["Campbell", "McKenzie-Brown", "O'Connor", "Thompson"],
        ["Kingston", "Montego Bay", "Spanish Town"],
    ),
    "FR8": (
        ["Anatole", "Pierre-Emmanuel Gwendal"],
        ["Ségolène", "Marie-Adélaïde Léonie"],
        ["Le Bihan", "de La Tour d'Auvergne-Lauraguais", "Pâris", "D'Aubigné-Morvan"],
        ["Vannes (Morbihan)", "Périgueux (Dordogne)"],
    ),
    "FI": (
        ["Jyrki", "Väinö Olavi"],
        ["Päivi", "Siiri Annikki"],
        ["Häkkinen", "Mäkelä-Öhrnberg", "Väänänen", "Kärkkäinen"],
        ["Jyväskylä", "Hämeenlinna", "Oulu"],
    ),
    "SK": (
        ["Ľubomír", "Matúš Šimon"],
        ["Zuzana", "Ľudmila Katarína"],
        ["Kováč", "Štefánik", "Hruška", "Čierny"],
        ["Žilina", "Košice", "Banská Bystrica"],
    ),
    "SI": (
        ["Matjaž", "Žiga Primož"],
        ["Špela", "Nuša Urška"],
        ["Kovačič", "Žagar", "Potočnik-Šušteršič", "Zupančič"],
        ["Ljubljana", "Maribor", "Novo mesto"],
    ),
    "DJ": (
        ["Abdourahman", "Omar Guelleh"],
        ["Fatouma", "Hasna Aïcha"],
        ["Ali Farah", "Houmed", "Daher Robleh", "Ismaïl"],
        ["Djibouti", "Tadjourah", "Ali Sabieh"],
    ),
    "KM": (
        ["Said Ahmed", "Mohamed Ali"],
        ["Zaïnaba", "Moinaecha"],
        ["Ben Said Mzé", "Abdallah", "Soilihi", "M'madi"],
        ["Moroni", "Mutsamudu", "Fomboni"],
    ),
    "CF": (
        ["Thierry-Blaise", "Faustin"],
        ["Prisca", "Marie-Josée"],
        ["Yakété", "N'Gaïkoumon", "Zanga-Kolingba", "Dondra"],
        ["Bangui", "Berbérati", "Bambari"],
    ),
    "MZ": (
        ["Armando Eduardo", "Celso"],
        ["Graça", "Ana Lúcia"],
        ["Macuácua", "Chissano Mondlane", "Nhantumbo", "Cossa"],
        ["Maputo", "Beira", "Nampula"],
    ),
    "PY": (
        ["Óscar Rubén", "Néstor"],
        ["Liz Mabel", "Rocío"],
        ["Benítez Ñamandú", "Giménez Cáceres", "Ayala", "Villalba"],
        ["Asunción", "Encarnación", "Ciudad del Este"],
    ),
    "KR": (
        ["Min-jun", "Seo-jun"],
        ["Ji-yeon", "Ha-eun"],
        ["Kim", "Park", "Seo", "Nam-gung"],
        ["Seoul", "Busan", "Daegu"],
    ),
    "MN": (
        ["Batbayar", "Gantulga"],
        ["Oyunchimeg", "Naranbaatar Tsetsegmaa"],
        ["Tsogtbaatar", "Enkhbold", "Dashdorjiin Altangerel", "Bat-Erdene"],
        ["Ulaanbaatar", "Darkhan", "Erdenet"],
    ),
    "TZ": (
        ["Baraka", "Juma Hamisi"],
        ["Neema", "Rehema Zawadi"],
        ["Mwakyusa", "Kilonzo", "Massawe", "Nyerere-Mkapa"],
        ["Dar es Salaam", "Arusha", "Mwanza"],
    ),
    "FR9": (
        ["Aurélien", "Jean-Noël Étienne", "Hervé"],
        ["Gaëlle Françoise", "Océane", "Bérénice"],
        ["de La Rochefoucauld-Béarn", "Le Corre", "Pâris", "N'Diaye-Lemaître"],
        ["Quimper (Finistère)", "Châlons-en-Champagne (Marne)", "Pointe-à-Pitre (Guadeloupe)"],
    ),
    "DK": (
        ["Mads Emil", "Søren"],
        ["Ida Marie", "Sofie Kirstine"],
        ["Sørensen", "Højgaard", "Kjær-Lund", "Østergaard"],
        ["København", "Aarhus", "Odense", "Aalborg"],
    ),
    "LT": (
        ["Mindaugas", "Žygimantas Jonas"],
        ["Rūta", "Eglė Gabija"],
        ["Kazlauskas", "Petraitis", "Žukauskas", "Butkus"],
        ["Vilnius", "Kaunas", "Klaipėda", "Šiauliai"],
    ),
    "EE": (
        ["Rasmus", "Jüri Tõnis"],
        ["Kadri", "Triin Liis"],
        ["Tamm", "Õunapuu", "Mägi", "Kõiv"],
        ["Tallinn", "Tartu", "Pärnu", "Narva"],
    ),
    "RS": (
        ["Nikola", "Miloš"],
        ["Jelena", "Milica"],
        ["Jovanović", "Petrović", "Nikolić", "Stanković"],
        ["Beograd", "Novi Sad", "Niš", "Kragujevac"],
    ),
    "BY": (
        ["Aliaksandr", "Siarhei"],
        ["Katsiaryna", "Volha"],
        ["Kavaliou", "Lukashevich", "Dubrouski", "Haurylenka"],
        ["Minsk", "Hrodna", "Viciebsk", "Homiel"],
    ),
    "KZ": (
        ["Nurlan", "Daniyar"],
        ["Aigerim", "Madina"],
        ["Abenov", "Nurpeisov", "Seitkali", "Zhaksybekov"],
        ["Almaty", "Astana", "Shymkent", "Karaganda"],
    ),
    "SD": (
        ["Mohamed Osman", "Abdelrahman"],
        ["Fatima Elsir", "Amna"],
        ["Elhassan", "Abdelrahim", "Babiker", "Elamin Ahmed"],
        ["Khartoum", "Omdurman", "Wad Madani", "Port Sudan"],
    ),
    "UG": (
        ["Joseph Kato", "Brian"],
        ["Grace Nakato", "Sarah"],
        ["Ssemwanga", "Okello", "Mugisha", "Nabukeera"],
        ["Kampala", "Gulu", "Mbarara", "Jinja"],
    ),
    "LR": (
        ["Emmanuel", "Varney Kollie"],
        ["Comfort", "Musu Weah"],
        ["Tarpeh", "Kpoto", "Sirleaf", "Dolo"],
        ["Monrovia", "Gbarnga", "Buchanan", "Kakata"],
    ),
    "GT": (
        ["José Manuel", "Byron Estuardo"],
        ["María José", "Heidy Marisol"],
        ["López Xicará", "Ajanel Cojtí", "Méndez Chávez", "Tzul Morales"],
        ["Guatemala", "Quetzaltenango", "Cobán", "Antigua Guatemala"],
    ),
    "TH": (
        ["Somchai", "Thanawat"],
        ["Siriporn", "Kanokwan"],
        ["Srisuk", "Wongsawat", "Rattanakorn", "Boonma"],
        ["Bangkok", "Chiang Mai", "Khon Kaen", "Hat Yai"],
    ),
    "FR10": (
        ["Gaëtan", "Marc-Antoine Yves", "Aurélien"],
        ["Solène Béatrice", "Ophélie", "Anne-Laure"],
        ["Kerouédan", "de Villeneuve-Esclapon", "Bouchard", "Lemaître"],
        ["Quimper (Finistère)", "Aix-en-Provence (Bouches-du-Rhône)", "Brest (Finistère)"],
    ),
    "NO": (
        ["Øystein", "Kristian Magnus"],
        ["Åse Marit", "Ingrid"],
        ["Bjørnstad", "Ødegård", "Håkonsen", "Sæther"],
        ["Tromsø", "Bergen", "Trondheim"],
    ),
    "LV": (
        ["Jānis", "Kārlis Mārtiņš"],
        ["Līga", "Ilze Anna"],
        ["Bērziņš", "Ozols", "Kalniņš", "Lācis"],
        ["Rīga", "Daugavpils", "Liepāja"],
    ),
    "MT": (
        ["Ġorġ", "Carmel Joseph"],
        ["Marie Claire", "Rita"],
        ["Camilleri", "Ħili", "Xuereb", "Spiteri"],
        ["Pietà", "Birkirkara", "Victoria, Għawdex"],
    ),
    "BA": (
        ["Emir", "Adnan Haris"],
        ["Lejla", "Amra Emina"],
        ["Hodžić", "Begović", "Đulović", "Mujić-Hadžiahmetović"],
        ["Sarajevo", "Tuzla", "Mostar"],
    ),
    "MK": (
        ["Aleksandar", "Bojan Goran"],
        ["Elena", "Marija Ivana"],
        ["Trajkovski", "Nikolov", "Stojanovski", "Petrushev"],
        ["Skopje", "Bitola", "Ohrid"],
    ),
    "IQ": (
        ["Mustafa", "Ali Hussein"],
        ["Zainab", "Noor Fatima"],
        ["Al-Jubouri", "Kadhim", "Al-Saadi", "Abdulrazzaq"],
        ["Baghdad", "Basra", "Mosul"],
    ),
    "SO": (
        ["Abdirahman", "Liban"],
        ["Hodan", "Fadumo Ifrah"],
        ["Mohamed Warsame", "Hassan Abdi", "Farah", "Osman Nur"],
        ["Mogadishu", "Hargeisa", "Kismayo"],
    ),
    "ZA": (
        ["Sipho Thabo", "Pieter"],
        ["Nomvula", "Anri Elize"],
        ["Dlamini", "van der Merwe", "Nkosi", "Botha"],
        ["Johannesburg", "Durban", "Cape Town"],
    ),
    "SL": (
        ["Mohamed Sorie", "Abubakarr"],
        ["Fatmata", "Aminata Isatu"],
        ["Kamara", "Sesay", "Koroma", "Conteh"],
        ["Freetown", "Bo", "Makeni"],
    ),
    "CL": (
        ["Matías Ignacio", "Benjamín"],
        ["Catalina Fernanda", "Javiera"],
        ["González Ñanculef", "Sepúlveda Araya", "Rojas Díaz", "Fuentes Muñoz"],
        ["Santiago", "Valparaíso", "Temuco"],
    ),
    "KH": (
        ["Dara", "Vannak"],
        ["Sreymom", "Sophea"],
        ["Sok", "Chan", "Keo", "Heng"],
        ["Phnom Penh", "Siem Reap", "Battambang"],
    ),
    "FR11": (
        ["Loïc", "Jean-Baptiste Émile", "Thibault"],
        ["Maëlle Françoise", "Bérénice", "Marie-Noëlle"],
        ["Le Goff", "d'Aubigné", "Rousseau-Lefèvre", "Mercier"],
        ["Vannes (Morbihan)", "Besançon (Doubs)", "Périgueux (Dordogne)"],
    ),
    "IS": (
        ["Gunnar Þór", "Einar", "Sigurður Már", "Ólafur"],
        ["Guðrún", "Sólveig Ásta", "Hrafnhildur", "Katrín"],
        ["Einarsson", "Sigurðarson", "Ólafsson", "Gunnarsson"],
        ["Reykjavík", "Akureyri", "Ísafjörður", "Hafnarfjörður"],
    ),
    "CY": (
        ["Andreas", "Christos Marios", "Nikos"],
        ["Eleni", "Maria Despina", "Stella"],
        ["Georgiou", "Charalambous", "Ioannou", "Christodoulou"],
        ["Lefkosia", "Lemesos", "Larnaka", "Pafos"],
    ),
    "ME": (
        ["Marko", "Nikola Vuk", "Dragan"],
        ["Jelena", "Milica", "Anđela"],
        ["Vujović", "Radulović", "Đukanović", "Popović"],
        ["Podgorica", "Nikšić", "Cetinje", "Bar"],
    ),
    "JO": (
        ["Ahmad", "Omar Khaled", "Yazan"],
        ["Rania", "Lina", "Dana Reem"],
        ["Al-Khalidi", "Haddad", "Obeidat", "Al-Masri"],
        ["Amman", "Irbid", "Zarqa"],
    ),
    "YE": (
        ["Mohammed", "Abdullah Saleh", "Fuad"],
        ["Amal", "Huda", "Arwa Nabila"],
        ["Al-Eryani", "Saeed", "Al-Hubaishi", "Ba Wazir"],
        ["Sana'a", "Aden", "Taiz"],
    ),
    "ER": (
        ["Yonas", "Dawit", "Samuel"],
        ["Senait", "Helen", "Luwam"],
        ["Tesfamariam", "Ghebremedhin", "Habte", "Berhane"],
        ["Asmara", "Keren", "Massawa"],
    ),
    "ZM": (
        ["Mwila", "Chanda Joseph", "Mubanga"],
        ["Mutale", "Natasha Bwalya", "Chipo"],
        ["Banda", "Phiri", "Mulenga", "Tembo"],
        ["Lusaka", "Ndola", "Kitwe", "Kabwe"],
    ),
    "BW": (
        ["Kagiso", "Onalenna Tumelo", "Thabo"],
        ["Boitumelo", "Masego Lorato", "Neo"],
        ["Mogapi", "Tshekiso", "Modise", "Kebonang"],
        ["Gaborone", "Francistown", "Maun", "Serowe"],
    ),
    "GM": (
        ["Lamin", "Ousman Ebrima", "Modou"],
        ["Fatou", "Isatou Mariama", "Awa"],
        ["Jallow", "Ceesay", "Sanneh", "Touray"],
        ["Banjul", "Serekunda", "Brikama", "Farafenni"],
    ),
    "UY": (
        ["Martín Andrés", "Santiago", "Joaquín"],
        ["Lucía Belén", "Valentina", "Sofía"],
        ["Rodríguez Pereira", "Fernández Silva", "Olivera Techera", "Sosa Cabrera"],
        ["Montevideo", "Salto", "Paysandú", "Tacuarembó"],
    ),
    "MM": (
        ["Min Thu", "Zaw Lin", "Kyaw Zin"],
        ["Thandar", "Su Myat", "Khin Hnin"],
        ["Htet", "Aung", "Win", "Oo"],
        ["Yangon", "Mandalay", "Bago", "Mawlamyine"],
    ),
}
# Icelandic patronymics: the genitive of the father's first given name
IS_GENITIVE = {"Gunnar": "Gunnars", "Einar": "Einars", "Sigurður": "Sigurðar", "Ólafur": "Ólafs"}

STREETS = [
    "12 rue des Tanneurs",
    "5 allée Jean-Moulin",
    "48 avenue de la République",
    "3 impasse des Lilas",
    "17 boulevard Voltaire",
    "221 rue de Charenton",
    "9 place du Marché",
    "64 quai de la Loire",
    "2 rue Émile-Zola",
    "31 chemin des Vignes",
    "7 rue du Faubourg-Saint-Denis",
    "15 cours Lafayette",
]
CITIES = [
    ("75012", "Paris"),
    ("69007", "Lyon"),
    ("13005", "Marseille"),
    ("31000", "Toulouse"),
    ("33800", "Bordeaux"),
    ("59000", "Lille"),
    ("44000", "Nantes"),
    ("67000", "Strasbourg"),
    ("34000", "Montpellier"),
    ("93200", "Saint-Denis"),
    ("94400", "Vitry-sur-Seine"),
    ("38000", "Grenoble"),
]
FR_OTHERS = [
    ("Martin", "Sylvie"),
    ("Bernard", "Philippe"),
    ("Robin", "Claire"),
    ("Fontaine", "Gérard"),
    ("Chevalier", "Monique"),
    ("Perrin", "Thierry"),
    ("Marchand", "Nathalie"),
    ("Blanc", "Olivier"),
]


@dataclass
class Person:
    country: str
    given: list[str]  # given names as printed, e.g. ["Maria da Conceição"] is one name group
    surname: str
    sex: str  # M / F
    birth: str  # ISO date
    birthplace: str
    father: tuple[str, str]  # (given, surname)
    mother: tuple[str, str]
    street: str
    postcode: str
    city: str
    extra: dict = field(default_factory=dict)

    @property
    def iso3(self) -> str:
        return COUNTRIES[self.country][0]

    @property
    def eu(self) -> bool:
        return COUNTRIES[self.country][2]

    @property
    def lang(self) -> str:
        return COUNTRIES[self.country][3]

    @property
    def given_str(self) -> str:
        return " ".join(self.given)

    @property
    def full(self) -> str:
        """Given SURNAME."""
        return "%s %s" % (self.given_str, self.surname.upper())

    @property
    def formal(self) -> str:
        """SURNAME Given."""
        return "%s %s" % (self.surname.upper(), self.given_str)

    @property
    def address(self) -> list[str]:
        return [self.street, "%s %s" % (self.postcode, self.city.upper())]


def _feminine(country: str, s: str) -> str:  # noqa: PLR0911
    """Greek, Russian and Azerbaijani surnames take a feminine form."""
    if country == "LV":  # Bērziņš -> Bērziņa, Ozols -> Ozola, Lācis -> Lāce
        if s.endswith("is"):
            return s[:-2] + "e"
        if s.endswith(("s", "š")):
            return s[:-1] + "a"
        return s
    if country == "MK":  # Trajkovski -> Trajkovska, Nikolov -> Nikolova, Petrushev -> Petrusheva
        if s.endswith("ski"):
            return s[:-1] + "a"
        if s.endswith(("ov", "ev")):
            return s + "a"
        return s
    if country == "GR" and s.endswith(("os", "is")) and not s.endswith("akis"):
        return s[:-2] + "ou"
    if country in ("RU", "AZ", "BG") and s.endswith(("ov", "ev", "in")):
        return s + "a"
    if country == "UZ" and s.endswith(("ov", "ev")):  # Karimov -> Karimova
        return s + "a"
    if country == "SK":  # Kováč -> Kováčová, Čierny -> Čierna
        if s.endswith("y"):
            return s[:-1] + "a"
        return (s[:-1] if s.endswith("a") else s) + "ová"
    if country == "CZ":  # Dvořák -> Dvořáková, Novotný -> Novotná, Procházka -> Procházková
        if s.endswith("ý"):
            return s[:-1] + "á"
        return (s[:-1] if s.endswith("a") else s) + "ová"
    if country == "BY":
        if s.endswith("ou"):
            return s[:-2] + "ova"
        if s.endswith("ski"):
            return s[:-1] + "aya"
    if country == "KZ" and s.endswith(("ov", "ev")):
        return s + "a"
    return s


def _lt_maiden(s: str) -> str:
    """Lithuanian unmarried woman: Kazlauskas -> Kazlauskaitė, Petraitis -> Petraitytė, Butkus -> Butkutė."""
    if s.endswith("as"):
        return s[:-2] + "aitė"
    if s.endswith("is"):
        return s[:-2] + "ytė"
    if s.endswith("us"):
        return s[:-2] + "utė"
    return s


def _lt_married(s: str) -> str:
    """Lithuanian married woman: Kazlauskas -> Kazlauskienė, Butkus -> Butkienė."""
    return s[:-2] + "ienė" if s.endswith(("as", "is", "us")) else s


def make_person(country: str, rng: np.random.Generator, idx: int, sex: str | None = None) -> Person:
    males, females, surnames, places = NAMES[country]
    sex = sex or ("F" if rng.random() < 0.5 else "M")
    pool = females if sex == "F" else males
    given = pool[idx % len(pool)]
    surname = surnames[idx % len(surnames)]
    year = int(rng.integers(1958, 2004))
    birth = "%04d-%02d-%02d" % (year, int(rng.integers(1, 13)), int(rng.integers(1, 29)))
    if country == "PL" and sex == "F" and surname.endswith("ski"):
        surname = surname[:-1] + "a"
    if country in ("GR", "RU", "AZ", "BG", "CZ", "UZ", "SK", "LV", "MK") and sex == "F":
        surname = _feminine(country, surname)
    fsur = surname
    msur = surnames[(idx + 1) % len(surnames)]
    if country in (
        "ES",
        "CO",
        "PE",
        "VE",
        "DO",
        "BO",
        "MX",
        "CU",
        "EC",
        "PY",
        "GT",
        "CL",
        "UY",
    ):  # Spanish naming: child surname = father's first + mother's first
        fsur = surname.split(" ")[0] + " " + surnames[(idx + 2) % len(surnames)].split(" ")[0]
        msur = (
            (surname.split(" ")[1] if " " in surname else surnames[(idx + 1) % len(surnames)].split(" ")[0])
            + " "
            + surnames[(idx + 1) % len(surnames)].split(" ")[-1]
        )
    father = (males[(idx + 1) % len(males)].split(" ")[0], fsur)
    mother = (females[(idx + 1) % len(females)].split(" ")[0], msur)
    if country in (
        "GR",
        "RU",
        "AZ",
        "BG",
        "CZ",
        "UZ",
        "SK",
        "LV",
        "MK",
    ):  # the father's surname is the masculine form
        father = (father[0], surnames[idx % len(surnames)])
        mother = (mother[0], _feminine(country, msur))
    if country in ("BY", "KZ"):  # Kavaliou -> Kavaliova, Dubrouski -> Dubrouskaya, Abenov -> Abenova
        if sex == "F":
            surname = fsur = _feminine(country, surname)
        father = (father[0], surnames[idx % len(surnames)])
        mother = (mother[0], _feminine(country, msur))
    if country == "LT":  # a daughter's maiden form (-aitė, -ytė, -utė), the mother's married form (-ienė)
        if sex == "F":
            surname = fsur = _lt_maiden(surname)
        father = (father[0], surnames[idx % len(surnames)])
        mother = (mother[0], _lt_married(surnames[idx % len(surnames)]))
    if country == "IS":  # Gunnarsson / Gunnarsdóttir after the father; parents have their own patronymics
        surname = fsur = IS_GENITIVE[father[0]] + ("dóttir" if sex == "F" else "son")
        father = (father[0], surnames[(idx + 2) % len(surnames)])
        mother = (mother[0], surnames[(idx + 3) % len(surnames)][:-3] + "dóttir")
    if country == "ER":  # the second name is the father's given name
        father = (surname, surnames[(idx + 1) % len(surnames)])
    if country == "VN":
        father = ("Văn Long", surname)
        mother = ("Thị Lan", "Lê")
    street = STREETS[int(rng.integers(0, len(STREETS)))]
    pc, city = CITIES[int(rng.integers(0, len(CITIES)))]
    return Person(
        country,
        given.split(" ") if country not in ("PT", "VN", "PH", "CV", "AO") else [given],
        surname,
        sex,
        birth,
        places[idx % len(places)],
        father,
        mother,
        street,
        pc,
        city,
    )


def other_person(rng: np.random.Generator, k: int) -> tuple[str, str]:
    """(surname, given) of a French third party: landlord, host, another tenant."""
    s, g = FR_OTHERS[k % len(FR_OTHERS)]
    return s, g
