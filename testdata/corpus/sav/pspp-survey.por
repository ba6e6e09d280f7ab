ASCII SPSS PORT FILE                    ASCII SPSS PORT FILE                    
ASCII SPSS PORT FILE                    ASCII SPSS PORT FILE                    
ASCII SPSS PORT FILE                    0000000000000000000000000000000000000000
0000000000000000000000000123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrst
uvwxyz .<(+|&[]!$*);^-/|,%_>?`:$@'="000000~-0000123456789000-()0{}\0000000000000
00000000000000000000000000000000000000000000000000000000SPSSPORTA8/202501016/000
0001E/GNU pspp 1.6.23J/x86_64-pc-linux-gnu4M/5B/70/8/RESPONDE5/8/0/5/8/0/CL/Resp
ondent identifier70/8/COMPANYS5/1/0/5/1/0/89/CJ/Size of the company71/3/SEX1/1/0
/1/1/0/81/XCL/Sex of the respondent70/8/SATISFAC5/3/0/5/3/0/B37/39/8-1/C16/Satis
faction with the service (1-10)70/8/HOUSEHOL5/C/2/5/C/2/9-1/CM/Household income 
(EUR)70/8/YEARSEMP5/3/0/5/3/0/AA9E17IR6IG+6J/C11/Years with the current employer
70/7/BIASINT5/9/0/5/9/0/C16/Integers around the compression bias70/8/BIASFRAC5/A
/3/5/A/3/C18/Non-integers near the compression bias70/8/NOTWHOLE5/3/0/5/3/0/C1G/
A 0-decimal format holding one non-whole value70/6/WEIGHT5/8/4/5/8/4/CD/Design w
eight70/8/INTERVIEK/B/0/K/B/0/CL/Date of the interview70/8/SUBMITTEM/K/0/M/K/0/C
L/Submission time stamp70/8/DURATIONL/8/0/L/8/0/CI/Interview duration78/5/CODE81
/8/0/1/8/0/CI/An eight-byte code78F/8/OPENCOMM1/8F/0/1/8F/0/CC/Open comment70/6/
CH_WEB5/1/0/5/1/0/CH/Channel used: web70/8/CH_PHONE5/1/0/5/1/0/CJ/Channel used: 
phone70/8/CH_STORE5/1/0/5/1/0/CJ/Channel used: store70/6/CH_APP5/1/0/5/1/0/CH/Ch
annel used: app70/6/BRAND15/2/0/5/2/0/C11/Brand considered, first mention70/6/BR
AND25/2/0/5/2/0/C12/Brand considered, second mention70/6/BRAND35/2/0/5/2/0/C11/B
rand considered, third mentionD1/8/COMPANYS3/1/3/SME2/A/Large firm9/A/Don't know
D1/3/SEX3/1/F6/Female1/M4/Male1/XA/Not statedD1/8/SATISFAC6/-1/E/Not applicable1
/H/Very dissatisfiedA/E/Very satisfied37/7/Refused38/A/Don't know39/9/Not askedD
1/6/CH_WEB2/0/2/No1/3/YesD1/8/CH_PHONE2/0/2/No1/3/YesD1/8/CH_STORE2/0/2/No1/3/Ye
sD1/6/CH_APP2/0/2/No1/3/YesD1/6/BRAND15/1/4/Acme2/6/Globex3/7/Initech4/8/Umbrell
a5/5/HooliD1/6/BRAND25/1/4/Acme2/6/Globex3/7/Initech4/8/Umbrella5/5/HooliD1/6/BR
AND35/1/4/Acme2/6/Globex3/7/Initech4/8/Umbrella5/5/HooliF13B/1/1/M1/M6K/0/-3A/-3
9.F/0/.F/J2TD600/J2TE800/A0/8/ABCDEFGH8F/Comment 1                              
                                                                                
                                                                                
                                                        0/0/0/0/1/3/5/13C/2/1/F5
/NMF.MF/3/-39/.7F/1/1/J30C+3/J30D6ED/C7/8/        8F/Comment 2                  
                                                                                
                                                                                
                                                                    1/0/0/0/2/4/
*.13D/1/1/FA/P8B.7F/C/-3B/51.3MF/2/1.7F/J31AO00/J31C4SQ/EE/8/AB      8F/        
                                                                                
                                                                                
                                                                                
       0/1/0/0/3/5/*.13E/9/1/M7/QO5.Q7F/1F/-1/-.3MF/3/1.F/J329I00/J32B3D9/GL/8/1
23456788F/trailing blanks                                                       
                                                                                
                                                                                
                         1/1/0/0/4/1/3/13F/2/1/X37/-5/20/0/0/0/2/J338C00/J33A1RM
/IS/8/x y     8F/Comment 5                                                      
                                                                                
                                                                                
                                0/0/1/0/5/2/*.13G/1/1/M3/TPQ.MF/39/1/52.F/1/.MF/
J347600/J3490A5/L5/8/ABCDEFGH8F/Very long comment (more than 255 bytes, so it sp
ans several very-long-string segments): [001] the quick brown fox jumps over the
 lazy dog. [002] the quick brown fox jumps over the lazy dog. [003] the quick br
own fox jumps over the lazy dog. [004] the quic1/0/1/0/1/3/*.13H/2/1/F38/11BM.7F
/7/39/8A.MF/2/.Q7F/J356+3/J357SOI/NC/8/        8F/Comment 7                     
                                                                                
                                                                                
                                                                 0/1/1/0/2/4/1/1
3I/1/1/ 8/12RG.Q7F/0/3A/-3A.F/3/.F/J364O00/J366R91/PJ/8/AB      8F/Comment 8    
                                                                                
                                                                                
                                                                                
  1/1/1/0/*.*.*.13J/9/1/M39/14DC/3/50/.F/0/1/J373I00/J375PNE/RQ/8/123456788F/   
                                                                                
                                                                                
                                                                                
            0/0/0/1/4/1/*.13K/2/1/X-1/15T7.MF/C/51/1B4.Q7F/1/1.7F/J382C00/J384K7
R/S3/8/x y     8F/trailing blanks                                               
                                                                                
                                                                                
                                 1/0/0/*.5/2/4/13L/1/1/M6/17F3.7F/1F/52/-39.F/2/
1.F/J391600/J393IKA/10A/8/ABCDEFGH8F/Comment 11                                 
                                                                                
                                                                                
                                                    0/1/0/1/1/3/*.13M/2/1/F1/190
R.Q7F/20/8A/.7F/3/2/J3A+4/J3A2H4N/12H/8/        8F/Comment 12                   
                                                                                
                                                                                
                                                                  1/1/0/1/2/4/*.
13N/1/1/F*.1AGN/39/8B/51.3MF/0/.MF/J3ASO00/J3ATRJ6/14O/8/AB      8F/Comment 13  
                                                                                
                                                                                
                                                                                
   0/0/1/1/3/5/2/13O/9/1/MA/-5/7/8C/-.3MF/1/.Q7F/J3BRI00/J3BSQ3J/171/8/123456788
F/Comment 14                                                                    
                                                                                
                                                                                
                 1/0/1/1/4/1/*.13P/2/1/X7/1DIE.7F/0/1713A/0/2/.F/J3CQC00/J3CROG2
/198/8/x y     8F/                                                              
                                                                                
                                                                                
                                 0/1/1/1/5/2/*.13Q/1/1/M37/1F48.Q7F/3/-1713A/52.
F/3/1/J3DP600/J3DQN0F/1BF/8/ABCDEFGH8F/trailing blanks                          
                                                                                
                                                                                
                                                      1/1/1/1/*.*.*.13R/2/1/F3/1
GK4/C/-3A/8A.MF/0/1.7F/J3EO+3/J3EPLES/1DM/8/        8F/Comment 17               
                                                                                
                                                                                
                                                                      0/0/0/0/2/
4/*.13S/1/1/F38/1I5T.MF/1F/-39/-3A.F/2.F/1.F/J3FMO00/J3FOJTB/1FT/8/AB      8F/Co
mment 18                                                                        
                                                                                
                                                                                
             1/0/0/0/3/5/*.13T/9/1/M8/1JLP.7F/20/-3B/.F/2/2/J3GLI00/J3GNEDO/1G6/
8/123456788F/Comment 19                                                         
                                                                                
                                                                                
                            0/1/0/0/4/1/3/140/2/1/X39/1L7J.Q7F/39/-1/1B4.Q7F/3/.
MF/J3HKC00/J3HMCQ7/1ID/8/x y     8F/Comment 20                                  
                                                                                
                                                                                
                                                   1/1/0/0/5/2/*.141/1/1/M-1/*.7
/0/-39.F/0/.Q7F/J3IJ600/J3ILBAK/1KK/8/ABCDEFGH8F/                               
                                                                                
                                                                                
                                                                0/0/1/0/1/3/*.14
2/2/1/F6/1O9A.MF/0/1/.7F/1/.F/J3JI+3/J3JK9P3/1MR/8/        8F/trailing blanks   
                                                                                
                                                                                
                                                                             1/0
/1/0/2/4/1/143/1/1/F1/-5/3/39/51.3MF/2/1/J3KGO00/J3KJ89G/1P4/8/AB      8F/Commen
t 23                                                                            
                                                                                
                                                                                
         0/1/1/0/3/5/*.144/9/1/M5/1RB0.Q7F/C/3A/-.3MF/3/1.7F/J3LFI00/J3LI6NT/1RB
/8/123456788F/Comment 24                                                        
                                                                                
                                                                                
                             1/1/1/0/*.*.*.145/2/1/XA/1SQQ/1F/50/0/0/1.F/J3MEC00
/J3MFH6C/1TI/8/x y     8F/Comment 25                                            
                                                                                
                                                                                
                                         0/0/0/1/5/2/4/146/1/1/M7/20CL.MF/20/51/
52.F/1/2/*.J3NEFKP/21P/8/ABCDEFGH8F/Comment 26                                  
                                                                                
                                                                                
                                                   1/0/0/1/1/3/*.147/2/1/F37/21S
H.7F/39/52/8A.MF/2/.MF/J3OC+3/J3ODA58/222/8/        8F/                         
                                                                                
                                                                                
                                                                      0/1/0/1/2/
4/*.148/1/1/F3/23EB.Q7F/7/8A/-3A.F/3/.Q7F/J3PAO00/J3PC8JL/249/8/AB      8F/trail
ing blanks                                                                      
                                                                                
                                                                                
          1/1/0/1/3/5/2/149/9/1/M38/2507/0/8B/.F/0/.F/J3Q9I00/J3QB724/26G/8/1234
56788F/Comment 29                                                               
                                                                                
                                                                                
                      0/0/1/1/4/1/*.14A/2/1/X8/26G2.MF/3/8C/1B4.Q7F/1/1/J3R8C00/
J3RA5GH/28N/8/x y     8F/Comment 30                                             
                                                                                
                                                                                
                                        1/0/1/1/5/2/*.14B/1/1/M39/281S.7F/C/*.-3
9.F/2/1.7F/J3S7600/J3S9410/2B0/8/ABCDEFGH8F/Comment 31                          
                                                                                
                                                                                
                                                           0/1/1/1/1/3/5/14C/2/1
/F-1/-5/1F/-1713A/.7F/3/1.F/J3T6+3/J3T82FD/2D7/8/        8F/Comment 32          
                                                                                
                                                                                
                                                                           1/1/1
/1/*.*.*.14D/1/1/F6/2B3I/20/-3A/51.3MF/0/2/J404O00/J4070TQ/2FE/8/AB      8F/    
                                                                                
                                                                                
                                                                                
           0/0/0/0/3/5/*.14E/9/1/M*.2CJD.MF/39/-39/-.3MF/1/.MF/J413I00/J415TC9/2
HL/8/123456788F/trailing blanks                                                 
                                                                                
                                                                                
                               1/0/0/0/4/1/3/14F/2/1/X5/2E59.7F/7/-3B/0/2/.Q7F/J
422C00/J424RQM/2JS/8/x y     8F/Comment 35                                      
                                                                                
                                                                                
                                               0/1/0/0/5/2/*.14G/1/1/MA/2FL3.Q7F
/0/-1/52.F/3/.F/J431600/J433MB5/2K5/8/ABCDEFGH8F/Comment 36                     
                                                                                
                                                                                
                                                                1/1/0/0/1/3/*.14
H/2/1/F7/2H6T/3/0/8A.MF/0/1/J44+4/J4412PI/2MC/8/        8F/Comment 37           
                                                                                
                                                                                
                                                                          0/0/1/
0/2/4/1/14I/1/1/F37/2IMO.MF/C/1/-3A.F/1/1.7F/J44SO00/J450181/2OJ/8/AB      8F/Co
mment 38                                                                        
                                                                                
                                                                                
             1/0/1/0/3/5/*.14J/9/1/M3/2K8K.7F/1F/39/.F/2/1.F/J45RI00/J45STME/2QQ
/8/123456788F/                                                                  
                                                                                
                                                                                
                             0/1/1/0/4/1/*.B39/2/1/FA/4H56.MF/1/8C/-39.F/3/1/J48
B600/J48EBTS/3TT/8/LASTCASE8F/last case                                         
                                                                                
                                                                                
                                             1/1/1/0/*.*.*.ZZZZZZZZZZZZZZZZZZZZZ
