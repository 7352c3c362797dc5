"""English passages of the naming matrix (invented sentences): (text, people, companies) as the registry files
would name them. NAMED introduces a company of unusual shape (a common word, one or two letters, digits glued or
spaced) or a person whose name is compound, has a particle, comes family name first, is Arabic or West African,
or shares a word with a well-known person's name, and refers to it again later (by surname, title, first name or
description). PHRASES puts capitalised phrases that are neither (schools, places, events, awards, programmes,
topics, job titles, outlets, streets named after people) in the same positions."""

NAMED = [
    (
        "Sprocket, a two-year-old start-up in Bristol, raised £3m on Monday. Its founder, Mamadou Lamine Diallo, "
        "said Sprocket would hire ten engineers. Mr Diallo previously worked in logistics.",
        ["Mamadou Lamine Diallo"],
        ["Sprocket"],
    ),
    (
        "Q, a Lyon-based maker of battery software, has hired Ana de la Vega as chief executive. Ms de la Vega "
        "joins from a utility. Q was founded in 2021.",
        ["Ana de la Vega"],
        ["Q"],
    ),
    (
        "Tern4 has signed its first customer. The company, run by Nguyen Thi Lan, sells inspection drones. "
        "Nguyen said the deal was worth $2m.",
        ["Nguyen Thi Lan"],
        ["Tern4"],
    ),
    (
        "Falco 3 announced a seed round of $5 million on Tuesday. Chief executive Pieter van der Berg said Falco 3 "
        "would open an office in Ghent. Van der Berg founded the firm with two classmates.",
        ["Pieter van der Berg"],
        ["Falco 3"],
    ),
    (
        "Kwame Mensah-Boateng has left Orchard, the payments start-up he co-founded. Mensah-Boateng told staff on "
        "Friday that Orchard needed a new leader.",
        ["Kwame Mensah-Boateng"],
        ["Orchard"],
    ),
    (
        "Lantern AI hired Dr Rania El Khoury to lead research. Dr El Khoury spent six years at a hospital. "
        "Lantern AI builds triage software.",
        ["Rania El Khoury"],
        ["Lantern AI"],
    ),
    (
        "Thistle raised $8m from investors. Co-founders Tran Van Minh and Oluwaseun Adeyemi started the company in "
        "Lagos. Tran said Thistle would use the money to hire.",
        ["Tran Van Minh", "Oluwaseun Adeyemi"],
        ["Thistle"],
    ),
    (
        "The start-up ZQ said on Monday that Sofia Ben Amor had become its chief technology officer. Ben Amor "
        "previously built search tools. ZQ has 30 staff.",
        ["Sofia Ben Amor"],
        ["ZQ"],
    ),
    (
        "Moss 12, a robotics start-up, was bought by a larger rival. Its founder, Jean Baptiste Koffi, will stay "
        "on. Jean Baptiste said the sale would take three months.",
        ["Jean Baptiste Koffi"],
        ["Moss 12"],
    ),
    (
        "Dean Okafor, the founder of Gravel, said the company had doubled its revenue. Okafor started Gravel "
        "after leaving a bank.",
        ["Dean Okafor"],
        ["Gravel"],
    ),
    (
        "Chen Wei has joined Meadow as head of product. Chen previously led design at a bank. Meadow makes "
        "farm-management software.",
        ["Chen Wei"],
        ["Meadow"],
    ),
    (
        "Ana Chen founded Brava9 in 2022. Ms Chen says Brava9 now has 40 customers.",
        ["Ana Chen"],
        ["Brava9"],
    ),
    (
        "Hugo de Villiers, chief executive of Kettle, said the company would list in London. De Villiers declined "
        "to say when.",
        ["Hugo de Villiers"],
        ["Kettle"],
    ),
    (
        "Amira al-Hashimi launched Dune Labs last year. Al-Hashimi says Dune Labs has signed three airlines.",
        ["Amira al-Hashimi"],
        ["Dune Labs"],
    ),
    (
        "Lena von Arnim is the new chief financial officer of Pylon. Von Arnim was previously at an insurer. "
        "Pylon's shares rose 4% on the news.",
        ["Lena von Arnim"],
        ["Pylon"],
    ),
    (
        "Ousmane Sow Ndiaye, who founded the fintech Baobab Pay, said on Wednesday that it had reached one million "
        "users. Mr Sow Ndiaye built the app in Dakar.",
        ["Ousmane Sow Ndiaye"],
        ["Baobab Pay"],
    ),
    (
        "Park Ji-won left Samsung to start Hanul. Park says Hanul will release its first chip next year.",
        ["Park Ji-won"],
        ["Samsung", "Hanul"],
    ),
    (
        "Maria Luisa Ferraro has been named chief executive of Vela. Ferraro, 44, replaces the founder. Vela "
        "makes sailing sensors.",
        ["Maria Luisa Ferraro"],
        ["Vela"],
    ),
    (
        "Scott Hemsley, co-founder of Ledgerly, told investors that Ledgerly was profitable. Hemsley owns 30% of "
        "the firm.",
        ["Scott Hemsley"],
        ["Ledgerly"],
    ),
    (
        "Nour Abou Zeid runs Cedar Robotics from Beirut. Abou Zeid said Cedar Robotics had raised $4m.",
        ["Nour Abou Zeid"],
        ["Cedar Robotics"],
    ),
    (
        "The founders of Argan, Youssef El Idrissi and Fatou Bintou Sarr, met at university. El Idrissi writes "
        "the code and Sarr handles sales.",
        ["Youssef El Idrissi", "Fatou Bintou Sarr"],
        ["Argan"],
    ),
    (
        "Wang Xiaoming, chief executive of Y2, said the company would double its staff. Wang founded Y2 in 2019.",
        ["Wang Xiaoming"],
        ["Y2"],
    ),
    (
        "Russell Adebayo joined Plinth as chief operating officer. Adebayo said Plinth had 200 clients.",
        ["Russell Adebayo"],
        ["Plinth"],
    ),
    (
        "Karim Ait Lahcen has sold his start-up, Noria, to a French group. Mr Ait Lahcen will stay for a year.",
        ["Karim Ait Lahcen"],
        ["Noria"],
    ),
    (
        "Abdelkader Ben Youssef is stepping down as chairman of Atlas7. Ben Youssef has led Atlas7 since 2015.",
        ["Abdelkader Ben Youssef"],
        ["Atlas7"],
    ),
    (
        "Aminata Touré Diop, a former banker, is the chief executive of Kora. Ms Touré Diop said Kora would hire "
        "50 people.",
        ["Aminata Touré Diop"],
        ["Kora"],
    ),
    (
        "Mitchell Osei started Harbour Analytics in Accra. Osei said the start-up had 12 employees.",
        ["Mitchell Osei"],
        ["Harbour Analytics"],
    ),
    (
        "Sipho van Wyk and Thandi Mokoena founded Imbali Grid. Van Wyk is its chief executive; Mokoena runs "
        "engineering.",
        ["Sipho van Wyk", "Thandi Mokoena"],
        ["Imbali Grid"],
    ),
    (
        "Taylor Nkemelu is the founder of Wicker, which makes carbon sensors. Taylor said Wicker would open an "
        "office in Nairobi.",
        ["Taylor Nkemelu"],
        ["Wicker"],
    ),
    (
        "Graham Whitlock has been reinstated as chief executive of Sorrel. Whitlock was removed in March. Graham "
        "told staff he would stay for two years.",
        ["Graham Whitlock"],
        ["Sorrel"],
    ),
    (
        "Ngozi Okonjo Eze joined the board of J, the logistics start-up, on Thursday. J said Ms Okonjo Eze would "
        "chair its audit committee.",
        ["Ngozi Okonjo Eze"],
        ["J"],
    ),
    (
        "Co-founder Le Minh Chau said Sen 24 would open ten more kitchens. Le has run Sen 24 since 2018.",
        ["Le Minh Chau"],
        ["Sen 24"],
    ),
    (
        "Atlas 21, the Casablanca data company, said on Tuesday that its head of AI, Youssef Benali, had left. "
        "Benali joined Atlas 21 in 2023.",
        ["Youssef Benali"],
        ["Atlas 21"],
    ),
    (
        "Nvidia has bought Thimble, a Denver, Colorado, startup that designs sensors. Thimble's founder, Grace "
        "Adeyemi, will join Nvidia.",
        ["Grace Adeyemi"],
        ["Nvidia", "Thimble"],
    ),
    (
        "Hana Novak is the new finance chief of Kettle, a Cork, Ireland, start-up. Novak said Kettle would double "
        "its staff.",
        ["Hana Novak"],
        ["Kettle"],
    ),
    (
        "Amara Diallo's start-up raised €2m in a round led by Seed.camp. Diallo said the money would fund hiring.",
        ["Amara Diallo"],
        ["Seed.camp"],
    ),
    ("Ife Okafor has joined Pay.ng. She ran sales at a bank before.", ["Ife Okafor"], ["Pay.ng"]),
    (
        "Our new chief scientist, Min-ho Lee, was a research scientist at Amazon Ads in Seattle. Lee starts in May.",
        ["Min-ho Lee"],
        ["Amazon"],
    ),
    (
        "Before joining us, Priya Raman was head of research at Apple Music. Raman will lead our audio team.",
        ["Priya Raman"],
        ["Apple"],
    ),
    (
        "The round was led by Ardent Klarna, a Nairobi fund with no link to the payments company. Ardent Klarna's "
        "partner, Wanjiru Kamau, joins the board.",
        ["Wanjiru Kamau"],
        ["Ardent Klarna"],
    ),
    (
        "Kofi Boateng has left Quarry Google, the Accra studio, to start a lab. Boateng said Quarry Google had grown "
        "too big.",
        ["Kofi Boateng"],
        ["Quarry Google"],
    ),
    (
        "Nadia Farah, a partner at Ardent Microsoft, said the fund would back ten start-ups.",
        ["Nadia Farah"],
        ["Ardent Microsoft"],
    ),
    (
        "Lena Ito joined Sorrel Nvidia in 2021 as an engineer. Sorrel Nvidia is a chip-design studio in Osaka.",
        ["Lena Ito"],
        ["Sorrel Nvidia"],
    ),
    (
        "Co-founders Do Van Hieu and An Thi Mai started the company in Hanoi. Hieu said it would hire twenty people.",
        ["Do Van Hieu", "An Thi Mai"],
        [],
    ),
    (
        "Do Van Hieu, the chief executive of Lotus, said the round would fund hiring. Lotus sells crop insurance.",
        ["Do Van Hieu"],
        ["Lotus"],
    ),
    ("An Thi Mai founded Lotus in 2020 after a decade in banking.", ["An Thi Mai"], ["Lotus"]),
    (
        "Kettle was founded by Ha Minh Chau, a former banker. Ha said the money would go to hiring.",
        ["Ha Minh Chau"],
        ["Kettle"],
    ),
    (
        "Ladder was spun out of a university lab by Ho Thi Lan. Ladder makes warehouse robots.",
        ["Ho Thi Lan"],
        ["Ladder"],
    ),
    (
        "The round was led by Klarna Technology, the fintech's Berlin engineering arm. Its head, Ana Lopes, joins "
        "the board.",
        ["Ana Lopes"],
        ["Klarna Technology"],
    ),
    ("Samsung Technology and Nvidia Labs both invested in the round.", [], ["Samsung Technology", "Nvidia Labs"]),
    (
        "Existing investor Kestrel Seed participated. Chief executive Chidi Okafor said the round would fund hiring.",
        ["Chidi Okafor"],
        ["Kestrel Seed"],
    ),
    ("The round was led by Harbor Seed, with Nia Obi joining the board.", ["Nia Obi"], ["Harbor Seed"]),
    (
        "V sells voice software to banks. Its founder, Ana Lopes, started it in 2021 with two engineers.",
        ["Ana Lopes"],
        ["V"],
    ),
    (
        "XO sells voice software to insurers. The company was started by Ana Lopes in 2021.",
        ["Ana Lopes"],
        ["XO"],
    ),
    (
        "KX makes payroll tools for farms. Its chief executive, Omar Haddad, said sales doubled.",
        ["Omar Haddad"],
        ["KX"],
    ),
    # A name the headline introduces and the body repeats without a cue word (headline, blank line, body).
    (
        "Lumen Grid launches a battery-swapping network in Kenya\n\nThe service opens in Nairobi next month. "
        "Lumen Grid says riders will swap a pack in under a minute.\n\nThe network has forty stations.",
        [],
        ["Lumen Grid"],
    ),
    (
        "Why Quill wants to replace your spreadsheet\n\nQuill, which counts 40 staff, released a new editor this "
        "week. Teachers who tried Quill said it was quick.\n\nThe editor is free for students.",
        [],
        ["Quill"],
    ),
    (
        "Meet Fable Works, the studio behind the hit puzzle game\n\nFable Works has eleven employees. Its games sold "
        "two million copies last year, said chief executive Priya Raman.\n\nRaman started Fable Works in her garage.",
        ["Priya Raman"],
        ["Fable Works"],
    ),
    (
        "Former bank engineer joins Wicket as technology chief\n\nMaya Torres will lead twelve people at Wicket. "
        "Torres spent ten years building trading systems.\n\nWicket makes payroll software for restaurants.",
        ["Maya Torres"],
        ["Wicket"],
    ),
    (
        "Copper Kettle Works buys a rival caterer\n\nThe deal gives Copper Kettle Works twelve more sites in the "
        "north. Copper Kettle Works was set up by two chefs.\n\nTerms were not disclosed.",
        [],
        ["Copper Kettle Works"],
    ),
    (
        "Kappa21 hires a chief scientist from a rival\n\nThe appointment comes as Kappa21 prepares a second "
        "product. Kappa21 sells software that schedules freight trains.\n\nThe scientist starts in May.",
        [],
        ["Kappa21"],
    ),
    (
        "Investors back VX with $9m\n\nThe round values VX at $60m, people familiar with the deal said. VX makes "
        "sensors for cold stores.\n\nThe company has 25 staff.",
        [],
        ["VX"],
    ),
    # A company the headline or the text names bare, owning what companies have (a round, staff, a board, a
    # founder), with digits or two letters; a firm named after its partners, one of them named in full.
    (
        "Why we are backing Ferro7's seed round\n\nMost warehouses still count stock by hand. Ferro7 wants to "
        "change that.\n\nWe are proud to lead Ferro7's $6M seed round. The whole Ferro7 team works from Porto.",
        [],
        ["Ferro7"],
    ),
    (
        "Inside Lark42's plan to map every pylon\n\nSixty of Lark42's 90 staff are engineers. Lark42 flies "
        "drones over power lines.\n\nIts customers are utilities.",
        [],
        ["Lark42"],
    ),
    (
        "Tessel9 shareholders back a new chair\n\nThe board of Tessel9 met on Monday. The vote at Tessel9 was "
        "unanimous.\n\nThe new chair starts in June.",
        [],
        ["Tessel9"],
    ),
    (
        "What the Series B of Draw2 says about robotics\n\nThe founders of Draw2 sold their first arm in 2022. "
        "Draw2 now ships forty a month.\n\nRivals are watching.",
        [],
        ["Draw2"],
    ),
    (
        '"Back on track": Ve\'s board recalls its founder\n\nThe board of Ve reinstated its chief executive on '
        "Monday. More than half of Ve's 60 staff had threatened to quit.\n\nThe founder said little.",
        [],
        ["Ve"],
    ),
    (
        "Founders of Qo part ways\n\nThe founders of Qo disagreed over pricing. Qo sells scheduling software "
        "to clinics.\n\nOne of them will leave in May.",
        [],
        ["Qo"],
    ),
    (
        "Why Ra's investors want a sale\n\nRa's backers have hired a bank. The shareholders of Ra meet on "
        "Friday.\n\nNo price was given.",
        [],
        ["Ra"],
    ),
    (
        "Ux's employees ask for a vote\n\nMost of Ux's employees signed the letter. The board of Ux will "
        "answer this week.\n\nThe letter was short.",
        [],
        ["Ux"],
    ),
    (
        "Brill & Oduya hires a tax partner. Founding partner Hannah Brill said the hire would help clients. "
        "Brill & Oduya has 40 lawyers.",
        ["Hannah Brill"],
        ["Brill & Oduya"],
    ),
    (
        "Kestle & Marr places a finance chief at a retailer\n\nThe search was led by Anna Kestle, a partner. "
        "Kestle & Marr is based in Leeds.",
        ["Anna Kestle"],
        ["Kestle & Marr"],
    ),
    (
        "Tomas Renner and Ida Falkenrath set up Renner & Falkenrath in 2015. Renner & Falkenrath advises "
        "insurers on claims.",
        ["Tomas Renner", "Ida Falkenrath"],
        ["Renner & Falkenrath"],
    ),
    (
        "The deal was advised by Osei & Lindqvist. Kwabena Osei, who runs the firm, said Osei & Lindqvist "
        "had worked on it for a year.",
        ["Kwabena Osei"],
        ["Osei & Lindqvist"],
    ),
    (
        "The founder of Ta is back\n\nThe board of Ta recalled its founder on Friday. Ta builds speech "
        "models.\n\nStaff cheered.",
        [],
        ["Ta"],
    ),
    (
        "Why Po's backers want a sale\n\nPo's investors have hired a bank. The shareholders of Po meet on "
        "Friday.\n\nNo price was given.",
        [],
        ["Po"],
    ),
    # A company of three words the text later names by its first two, or that a first name opens.
    (
        "Why we backed Salt Marsh Kitchen\n\nSalt Marsh Kitchen cooks meals for hospitals. We are leading Salt "
        "Marsh Kitchen's $5m round.\n\nSalt Marsh has 40 staff.",
        [],
        ["Salt Marsh Kitchen"],
    ),
    (
        "Grey Heron Freight buys a rival\n\nGrey Heron Freight said on Monday it had bought a smaller carrier. "
        "Grey Heron now runs 300 lorries.\n\nTerms were not disclosed.",
        [],
        ["Grey Heron Freight"],
    ),
    (
        "We are investing in Open Field Farming\n\nOpen Field Farming sells soil sensors to growers. The "
        "founders of Open Field started in 2021.\n\nThe round is $7m.",
        [],
        ["Open Field Farming"],
    ),
    (
        "Quiet Lake Audio raises $4m\n\nQuiet Lake Audio makes hearing aids. Quiet Lake has 25 employees in "
        "Leeds.\n\nIts chief executive declined to comment.",
        [],
        ["Quiet Lake Audio"],
    ),
    # A company whose name opens with a first name, named later by its first two words.
    (
        "Inside Red Kite Labs\n\nRed Kite Labs builds drones. Sixty of Red Kite's staff are engineers.\n\nThe "
        "firm is in Leeds.",
        [],
        ["Red Kite Labs"],
    ),
    (
        "Rose Bay Robotics opened a plant in Ohio on Monday. Rose Bay's engineers build welding arms.",
        [],
        ["Rose Bay Robotics"],
    ),
    (
        "Grace Hill Software was bought by a rival. Staff at Grace Hill learned of the sale on Friday.",
        [],
        ["Grace Hill Software"],
    ),
    # Full names with a particle of their culture, four words or more, a compound given name, a middle initial
    # or a title before them: one person, never the first two words, and later mentions resolve to it.
    (
        'Kestrel Labs hired Dr Siti Nurhaliza binti Abdullah as chief technology officer. "We start now," '
        "Dr Siti said. Kestrel Labs builds speech software.",
        ["Siti Nurhaliza binti Abdullah"],
        ["Kestrel Labs"],
    ),
    (
        "The founder of Pulsewave, Maria Luisa dela Rosa, said the start-up would hire. Pictured: Maria Luisa at "
        "the office. Ms dela Rosa started Pulsewave in Cebu.",
        ["Maria Luisa dela Rosa"],
        ["Pulsewave"],
    ),
    (
        "Omar ibn Khalid al-Farsi has joined Dune Robotics as head of research. Al-Farsi spent a decade at a hospital.",
        ["Omar ibn Khalid al-Farsi"],
        ["Dune Robotics"],
    ),
    (
        "Cardamom, a Nouakchott start-up, has a new chief executive: Ahmed ould Mohamed Salem. Ould Mohamed Salem "
        "joins from a telecoms group.",
        ["Ahmed ould Mohamed Salem"],
        ["Cardamom"],
    ),
    (
        "Pedro Henrique do Nascimento has joined Quarry, a Lisbon start-up, as head of sales. Do Nascimento "
        "previously ran sales at a bank.",
        ["Pedro Henrique do Nascimento"],
        ["Quarry"],
    ),
    (
        "Prof. Fatima bint Hassan Al-Amiri leads the research team at Sandgrain, a start-up in Dubai. Prof. "
        "Al-Amiri said the work was early.",
        ["Fatima bint Hassan Al-Amiri"],
        ["Sandgrain"],
    ),
    (
        "The start-up Corvid named John K. Osei its chief executive. Mr Osei joins from a bank.",
        ["John K. Osei"],
        ["Corvid"],
    ),
    (
        "Ana Lucia de la Fuente Ortiz joined Kiwano as chief operating officer. De la Fuente Ortiz said Kiwano "
        "was growing.",
        ["Ana Lucia de la Fuente Ortiz"],
        ["Kiwano"],
    ),
    (
        "Dame Eleanor van der Merwe chairs Kelpie, a start-up in Leeds. Dame Eleanor said Kelpie would expand.",
        ["Eleanor van der Merwe"],
        ["Kelpie"],
    ),
    # Products and models (a capitalised name with digits, a version, a size or tier) are never people; the
    # company that makes them is a company where the text says so ("X's new model", "we at X", "the X team").
    (
        "Today we are releasing Orla-3, our third family of open models, in two sizes: Orla-3 and Orla-3 Mini. "
        "The Orla team trained it on 9 trillion tokens, and Mini runs on a laptop.",
        [],
        ["Orla"],
    ),
    (
        "Tessel unveiled Tessel Vega 2 Pro on Tuesday. Tessel's new model runs on a single GPU, and Vega 2 Pro "
        "beats its rival on coding.",
        [],
        ["Tessel"],
    ),
    (
        "We at Quillon are proud to ship Marlo-7B Turbo. Marlo-7B Turbo answers twice as fast as Marlo-7B, "
        "said Amara Okoye, who leads the work.",
        ["Amara Okoye"],
        ["Quillon"],
    ),
    (
        "Pilar Ortega, who leads research at Heron, said Heron-Large 2 would be open. Heron-Large 2 was trained "
        "in Paris, and Ortega expects a smaller Heron Nano v2 in March.",
        ["Pilar Ortega"],
        ["Heron"],
    ),
    (
        "The latest model from Quokka, Rhea 4 Ultra, reads scanned contracts. Rhea 4 Ultra was trained on "
        "court filings.",
        [],
        ["Quokka"],
    ),
    (
        "The design start-up Sorrel has acquired Quire.Ai, a Sydney start-up. Quire's own image model, Fern 2, "
        "will stay free.",
        [],
        ["Sorrel", "Quire.Ai"],
    ),
    # Schools and public research bodies: listed as organisations or not (the sets' gold takes either), but under
    # their own name, never a sister school's that shares its acronym or its words ("ENS de Lyon" is no "ENS").
    (
        "Lena Ortiz, who holds a PhD from ENS de Lyon, joined the start-up Tamarind as head of research. Ortiz "
        "will stay in Lyon.",
        ["Lena Ortiz"],
        ["Tamarind"],
        ["ENS de Lyon"],
    ),
    (
        "Omar Farouk taught at ENS de Rennes for six years. He now runs the start-up Sorrel, which Farouk "
        "founded in May.",
        ["Omar Farouk"],
        ["Sorrel"],
        ["ENS de Rennes"],
    ),
    (
        "Sam Otieno left the University of Nairobi to join the start-up Baobab Labs as chief scientist.",
        ["Sam Otieno"],
        ["Baobab Labs"],
        ["University of Nairobi"],
    ),
    (
        "Nadia Fofana, an alumna of Polytechnique Montréal, is the new chief technology officer of the start-up Teal.",
        ["Nadia Fofana"],
        ["Teal"],
        ["Polytechnique Montréal"],
    ),
    # A list of moves names companies without the usual cues: the label that opens each item, and a person's
    # former employer in apposition ("Jane Doe, ex-Acme, joins …").
    (
        "Moves this week\nCohere: Ana Reis becomes head of sales for Europe.\nQuince: Tom Reyes joins as chief "
        "financial officer.",
        ["Ana Reis", "Tom Reyes"],
        ["Cohere", "Quince"],
    ),
    (
        "On the move: Amadou Sow, ex-Quarrel, joins the start-up Birch as vice president of product. Sow spent "
        "four years at Quarrel.",
        ["Amadou Sow"],
        ["Quarrel", "Birch"],
    ),
    (
        "People on the move\n- Larkspur. Mei Tanaka is named chief operating officer.\n- Gannet. Omar Haddad "
        "joins as general counsel.",
        ["Mei Tanaka", "Omar Haddad"],
        ["Larkspur", "Gannet"],
    ),
    (
        "Tom Reyes (ex-Wicket) becomes chief executive of the start-up Teasel. Reyes takes over on Monday.",
        ["Tom Reyes"],
        ["Wicket", "Teasel"],
    ),
    (
        "Paris. Jane Doe joins the start-up Quince as chief executive.\nUpdate: Tom Reyes becomes chairman of "
        "the start-up Birch.",
        ["Jane Doe", "Tom Reyes"],
        ["Quince", "Birch"],
    ),
    # a company named only by what it does: it releases a model, reinstates someone, or someone returns to a post there
    (
        "Bramble has open-sourced Quill-7B, a coding model for spreadsheets. Its chief scientist, Ngozi Eze, said "
        "Bramble trained it on public data.",
        ["Ngozi Eze"],
        ["Bramble"],
    ),
    (
        "Orrery 9 unveiled its first language model on Thursday. Orrery 9 was started by two former teachers.",
        [],
        ["Orrery 9"],
    ),
    (
        "Tallow-3, a small speech model, was released by Fernbrook on Monday. Fernbrook said it runs on a laptop.",
        [],
        ["Fernbrook"],
    ),
    (
        '"We built it for nurses," said Aiko Tanaka after Kestrel launched Wren 2 in Osaka. Kestrel has 30 staff.',
        ["Aiko Tanaka"],
        ["Kestrel"],
    ),
    (
        "Q9 Freight has reinstated its founder, Leila Haddad, after a board dispute. Haddad will chair the board.",
        ["Leila Haddad"],
        ["Q9 Freight"],
    ),
    (
        "Tomasz Zielinski is returning to Brightwave on Monday as head of product, three years after he left.",
        ["Tomasz Zielinski"],
        ["Brightwave"],
    ),
    (
        "Reinstated by Corvid on Friday, Mei Lin Tan will again lead sales.",
        ["Mei Lin Tan"],
        ["Corvid"],
    ),
    (
        "Jonas Berg came back to Ferrule as chief technology officer. Berg wants to hire 20 engineers.",
        ["Jonas Berg"],
        ["Ferrule"],
    ),
]

PHRASES = [
    (
        "Imperial College London said on Monday that it would open a robotics lab. The college expects 200 students.",
        [],
        [],
        ["Imperial College London"],
    ),
    (
        "Polytech Grenoble has opened an incubator. Its director said Polytech Grenoble would host ten start-ups.",
        [],
        [],
        ["Polytech Grenoble"],
    ),
    ("Open Source is the theme of this year's conference. Speakers argued that open source tools cut costs.", [], []),
    ("Edge Computing, the subject of the panel, drew a large crowd on Tuesday.", [], []),
    ("Web Summit opened in Lisbon on Tuesday. Organisers said Web Summit would return next year.", [], []),
    ("The Turing Award went to two researchers on Wednesday.", [], []),
    ("Chief Revenue Officer Priya Raman said sales had doubled. Raman joined in 2022.", ["Priya Raman"], []),
    ("Head of Growth Lukas Brenner leaves next month, the company said.", ["Lukas Brenner"], []),
    ("Horizon Europe, the EU research programme, funds the project for three years.", [], []),
    ("Silicon Valley investors have poured money into the sector this year.", [], []),
    ("Greater Manchester has become a hub for health start-ups, the report says.", [], []),
    ("Deep Learning Indaba, a conference held each year in Africa, drew 700 researchers.", [], []),
    ("The founders met at Lagos Business School before moving to Port Harcourt.", [], [], ["Lagos Business School"]),
    ("Ethical Sourcing was the subject of the report published on Friday.", [], []),
    ("Large Language Models are now used by most banks, according to the survey.", [], []),
    ("Series B rounds are harder to raise this year, investors say.", [], []),
    ("Black Friday sales rose 8% from a year earlier.", [], []),
    ("Computer Vision researchers from three universities signed the letter.", [], []),
    ("Climate Tech start-ups raised less money this year than last.", [], []),
    (
        "Quantum Computing is the field Dr Aiko Tanaka has studied for a decade. Dr Tanaka now advises the government.",
        ["Aiko Tanaka"],
        [],
    ),
    (
        "Harvard Business School professor Linda Osei said the study was the largest of its kind.",
        ["Linda Osei"],
        [],
        ["Harvard Business School"],
    ),
    ("St Thomas' Hospital in London ran the trial over two years.", [], [], ["St Thomas' Hospital"]),
    ("Machine Learning Engineer was the job most often advertised in the city last year.", [], []),
    ("Young Innovator of the Year went to a 24-year-old engineer from Leeds.", [], []),
    ("The team moved from Santa Clara to Victoria Island in Lagos last spring.", [], []),
    ("The Financial Times reported on Monday that the deal was close.", [], []),
    ("Responsible AI, the working group's report, asks for audits of every model.", [], []),
    ("The start-up's office is on Martin Luther King Jr Boulevard, near Nelson Mandela Square.", [], []),
    ("Mobile World Congress opens in Barcelona next week, with 2,000 exhibitors.", [], []),
    ("The lab spun out of John Radcliffe Hospital, where its founders trained.", [], [], ["John Radcliffe Hospital"]),
    ("Open Banking rules forced lenders to share data with rivals.", [], []),
    ("Product Manager and Data Scientist are the two roles the start-up is hiring for.", [], []),
    ("Demo Day is on Thursday; each of the twelve teams will pitch for five minutes.", [], []),
    ("The app is now available on Google Play and on the web at plume.app.", [], []),
    ("Austin, Texas, is home to many chip startups, the mayor said.", [], []),
    ("Ana Silva, who joined Microsoft in March, left Google in May.", ["Ana Silva"], ["Microsoft", "Google"]),
    ("Investors in the round include Paris Microsoft alumni and Nvidia.", [], ["Microsoft", "Nvidia"]),
    ("Do Anna and Mark agree? An Emma Watts biography says so.", ["Emma Watts"], []),
    ("AI changes how banks work. Its critics, like Omar Haddad, disagree.", ["Omar Haddad"], []),
    ("A start-up sells voice software. Its founder, Ana Lopes, is 24.", ["Ana Lopes"], []),
    ("Wong said the firm sells models to insurers that read Cantonese, Mandarin and English claims.", [], []),
    ("Reyes said the app reads Cebuano, Tagalog and English receipts for lenders.", [], []),
    ("Anthropic unveiled Mira Vale, a coding tool that runs in the terminal.", [], ["Anthropic"]),
    ("The start-up launched Rosa Dawn, its new chatbot for call centres. Rosa Dawn answers in nine languages.", [], []),
    ("Its chief showed Grace Note, an experimental writing mode for the editor.", [], []),
    ("The lab hired Rosa Dawn, a former product manager at a bank. Dawn starts on Monday.", ["Rosa Dawn"], []),
    ("Sam Okafor\nFounder and CEO at a logistics start-up\nThrilled to share that we closed our seed round.", [], []),
    # Names a headline and body repeat that are products, places, people, outlets, topics or indices.
    (
        "Nova-3 beats rivals on coding tests\n\nThe model, released by a research lab, scored higher than others. "
        "Researchers said Nova-3 was trained on public code.\n\nNova-3 is free to use.",
        [],
        [],
    ),
    (
        "Austin bets on chip plants\n\nThe council of Austin approved new tax breaks. Officials said Austin had "
        "drawn three firms.\n\nThe plan costs $40m.",
        [],
        [],
    ),
    (
        "What Okafor's exit means for the bank\n\nAdaeze Okafor left on Friday. Her deputy said Okafor had hired "
        "most of the team.\n\nThe board meets next week.",
        ["Adaeze Okafor"],
        [],
    ),
    (
        "Harbour Ledger readers pick their start-up of the year\n\nMore than 5,000 readers of the Harbour Ledger "
        "voted. The Harbour Ledger launched the vote in 2019.\n\nThe winner gets a stand at a trade fair.",
        [],
        [],
    ),
    (
        "Climate Tech raises hopes in the north\n\nBankers said Climate Tech funds had grown fast. The region "
        "counts forty such start-ups.\n\nMost sell to utilities.",
        [],
        [],
    ),
    (
        "Markets: the Dow 30 opens higher\n\nTraders said the Dow 30 opens higher after a quiet week. Shares of "
        "banks rose.\n\nOil fell.",
        [],
        [],
    ),
    (
        "The Kestrel app launches in Europe\n\nThe app Kestrel lets travellers book ferries. Reviewers said the app "
        "Kestrel handles refunds well.\n\nIt is free.",
        [],
        [],
    ),
    # A wire agency told or quoted, a capital or big city's French name, an outlet, a work's title named like a
    # person: none is a company or a person.
    (
        "A spokesman for Aleph Alpha told news agency Nordpress that the lab would stay open.",
        [],
        ["Aleph Alpha"],
    ),
    (
        "The company confirmed the sale to the news agency Kallio-Press on Tuesday.",
        [],
        [],
    ),
    (
        "According to the wire service Lumo-News, the start-up Vantor has hired a bank.",
        [],
        ["Vantor"],
    ),
    (
        "The Harbour Ledger reported on Monday that Orvane had hired a bank. Orvane declined to comment to "
        "the Harbour Ledger.",
        [],
        ["Orvane"],
    ),
    (
        "Her book, Quiet Machines, sold 40,000 copies. Quiet Machines tells how a start-up failed.",
        [],
        [],
    ),
    (
        "The film Maria Callas opened in Paris on Friday. Critics liked Maria Callas less than her previous film.",
        [],
        [],
    ),
    # a return to a place, a place's or a person's release: no company
    (
        "Maria Costa is returning to Lisbon as head of the embassy next year.",
        ["Maria Costa"],
        [],
    ),
    (
        "Denver has unveiled a new zoning model for downtown.",
        [],
        [],
    ),
    (
        "Jane Whitfield has released Orca-2 on her own website.",
        ["Jane Whitfield"],
        [],
    ),
]
